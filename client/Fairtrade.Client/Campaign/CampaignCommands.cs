namespace Fairtrade.Client.Campaign;

/// <summary><c>campaign towns | summary</c>: the national campaign office's console from the terminal.</summary>
public static class CampaignCommands
{
    private static readonly string[] States = ["candidate", "awarded", "renewal-due", "lapsed"];
    private static readonly string[] Sorts = ["name", "-name", "population", "-population", "overall", "-overall", "renewalDueOn", "-renewalDueOn", "safeUntil", "-safeUntil"];

    public static IEnumerable<Command> Create(CommandRunner runner) =>
    [
        new Command("campaign", Help.Describe("The campaign office's view of every town (the campaign or admin role).",
            "fairtrade campaign towns --state renewal-due --sort renewalDueOn", "fairtrade campaign summary"))
        {
            Towns(runner),
            Summary(runner),
        },
    ];

    private static Command Towns(CommandRunner runner)
    {
        var state = Symbols.OneOf("--state", "Only towns whose title is in this state.", States);
        var search = Symbols.Text("--search", "Only towns whose name contains this, any case.");
        var sort = Symbols.OneOf("--sort", "The column to sort by; '-' before it for descending. Default: name.", Sorts);
        var command = new Command("towns", Help.Describe("Every town: title, status, renewal due, safe until, the renewal under way, reviews waiting.",
            "fairtrade campaign towns --state lapsed", "fairtrade campaign towns --search aach --sort -population"))
        {
            state, search, sort,
        };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var json = await run.Api.GetAsync("api/campaign/towns" + ApiClient.Query(("state", run.Value(state)), ("q", run.Value(search)), ("sort", run.Value(sort))), cancellationToken);
            return run.Answer(json, towns => Cells.Rows(towns.Items(),
                ("Town", Cells.Field("slug")), ("Name", Cells.Field("name")), ("Population", Cells.Field("population")),
                ("Overall", town => Cells.Overall(town.Text("overall"))), ("Title", town => Cells.Plain(Nested(town, "title", "state"))),
                ("Renewal due", town => Cells.Plain(Nested(town, "title", "renewalDueOn"))), ("Safe until", town => Cells.Plain(Nested(town, "forecast", "safeUntil"))),
                ("Renewal", Renewal), ("To review", Cells.Field("pendingReviews"))));
        });
    }

    private static Command Summary(CommandRunner runner)
    {
        var asOf = Symbols.AsOf();
        var command = new Command("summary", Help.Describe("Towns by title state, people living in a Fairtrade Town, renewals due within 90 days.",
            "fairtrade campaign summary", "fairtrade campaign summary --as-of 2027-03-31 --json"))
        {
            asOf,
        };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var json = await run.Api.GetAsync("api/campaign/summary" + ApiClient.Query(("asOf", Symbols.Day(run.Value(asOf)))), cancellationToken);
            return run.Answer(json, summary => Cells.Fields(summary,
                ("As of", Cells.Field("asOf")), ("Towns", Cells.Field("towns")),
                ("Candidates", s => Cells.Plain(Nested(s, "byTitleState", "candidate"))), ("Awarded", s => Cells.Plain(Nested(s, "byTitleState", "awarded"))),
                ("Renewal due", s => Cells.Plain(Nested(s, "byTitleState", "renewal-due"))), ("Lapsed", s => Cells.Plain(Nested(s, "byTitleState", "lapsed"))),
                ("People covered", Cells.Field("populationCovered")), ("Renewals due within 90 days", Cells.Field("renewalsDueWithin90Days"))));
        });
    }

    private static IRenderable Renewal(JsonElement town)
    {
        if (!town.TryGetProperty("renewal", out var renewal) || renewal.ValueKind != JsonValueKind.Object)
        {
            return Cells.Plain("");
        }

        var decision = renewal.Text("decision");
        var submitted = renewal.Text("submittedOn");
        return decision.Length > 0 ? Cells.Plain(decision)
            : submitted.Length > 0 ? Cells.Plain($"submitted {submitted}{(renewal.Flag("late") ? " (late)" : "")}")
            : Cells.Warning($"invited, deadline {renewal.Text("deadline")}");
    }

    private static string Nested(JsonElement item, string outer, string inner) =>
        item.TryGetProperty(outer, out var value) ? value.Text(inner) : "";
}
