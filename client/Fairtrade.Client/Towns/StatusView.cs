using System.Text.Json;
using Fairtrade.Client.Output;
using Spectre.Console;

namespace Fairtrade.Client.Towns;

/// <summary>The status as a person reads it: criteria met in green and not met in red, then what is missing and what runs out.</summary>
public static class StatusView
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static StatusReport Parse(string json) =>
        JsonSerializer.Deserialize<StatusReport>(json, Json) ?? throw new JsonException("The server sent an empty status.");

    public static void Write(IAnsiConsole console, StatusReport status)
    {
        console.Write(new Markup($"[bold]{Markup.Escape(status.Town)}[/] on {Markup.Escape(status.AsOf)} ({Markup.Escape(status.Ruleset)}): "));
        console.Write(Cells.Overall(status.Overall));
        console.WriteLine();
        if (status.Title is { } title)
        {
            console.WriteLine(TitleLine(title));
        }

        var table = Cells.Table("Criterion", "Met", "Required", "Actual");
        foreach (var criterion in status.Criteria)
        {
            table.AddRow(Cells.Plain(criterion.Title ?? criterion.Key), Cells.YesNo(criterion.Met, "met", "not met"),
                Cells.Plain(Counts(criterion.Required)), Cells.Plain(Counts(criterion.Actual)));
        }

        console.Write(table);
        var gaps = status.Criteria.SelectMany(c => c.Gaps.Select(g => (Criterion: c.Title ?? c.Key, Gap: g))).ToList();
        if (gaps.Count > 0)
        {
            console.Write(new Text("Missing:", new Style(Color.Red, decoration: Decoration.Bold)));
            console.WriteLine();
            foreach (var (criterion, gap) in gaps)
            {
                console.WriteLine($"  - {criterion}: {gap}");
            }
        }

        if (status.ExpiringSoon.Length > 0)
        {
            console.Write(new Text("Expiring soon:", new Style(Color.Yellow, decoration: Decoration.Bold)));
            console.WriteLine();
            foreach (var expiring in status.ExpiringSoon.OrderBy(e => e.ValidUntil, StringComparer.Ordinal))
            {
                console.WriteLine($"  - {expiring.Subject}: evidence {expiring.EvidenceId} valid until {expiring.ValidUntil}");
            }
        }
    }

    private static string TitleLine(TitleStatus title) => title.State switch
    {
        "candidate" => "Title: not awarded yet (candidate).",
        _ => $"Title: {title.State.Replace('-', ' ')}"
             + (title.AwardedOn is null ? "" : $", awarded {title.AwardedOn}")
             + (title.RenewalDueOn is null ? "" : $", renewal due {title.RenewalDueOn}") + ".",
    };

    private static string Counts(Dictionary<string, int> counts) => string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"));
}
