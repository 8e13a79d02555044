namespace Fairtrade.Client.Audit;

/// <summary><c>audit TOWN [--since DATE]</c>: the town's audit trail, oldest first.</summary>
public static class AuditCommand
{
    public static IEnumerable<Command> Create(CommandRunner runner)
    {
        var town = Symbols.Town();
        var since = Symbols.Date("--since", "Only what changed from this day on (from its start in the server's time zone).");
        var command = new Command("audit", Help.Describe("Every change in the town: when, by whom, what, and each field's old and new value.",
            "fairtrade audit bottrop --since 2026-11-01",
            "fairtrade audit bottrop --json | jq -r '.[] | select(.action == \"evidence.approved\") | .subject'")) { town, since };
        return [runner.Define(command, async (run, cancellationToken) =>
        {
            var path = ApiClient.Town(run.Value(town), "audit") + ApiClient.Query(("since", Symbols.Day(run.Value(since))));
            var json = await run.Api.GetAsync(path, cancellationToken);
            return run.Answer(json, entries => Cells.Rows(entries.Items(),
                ("At", Cells.Field("at")), ("Actor", Cells.Field("actor")), ("Action", Cells.Field("action")), ("Subject", Cells.Field("subject")),
                ("Details", Details)));
        })];
    }

    /// <summary>A line per changed field: <c>population: 30000 → 31000</c>; a field that was not there before shows its new value only.</summary>
    private static IRenderable Details(JsonElement entry)
    {
        IEnumerable<JsonProperty> fields = entry.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Object ? details.EnumerateObject() : [];
        return Cells.Plain(string.Join(Environment.NewLine, fields.Select(field => (field.Value.Text("old"), field.Value.Text("new")) switch
        {
            ("", var added) => $"{field.Name}: {added}",
            (var old, var changed) => $"{field.Name}: {old} → {changed}",
        })));
    }
}
