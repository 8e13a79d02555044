using Spectre.Console;

namespace Fairtrade.Client.Towns;

/// <summary>The status as a person reads it: criteria met in green and not met in red, then what is missing and what runs out.</summary>
public static class StatusView
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IRenderable Render(JsonElement json)
    {
        var status = json.Deserialize<StatusReport>(Json) ?? throw new JsonException("The server sent an empty status.");
        var lines = new List<IRenderable>
        {
            new Paragraph().Append(status.Town, new Style(decoration: Decoration.Bold)).Append($" on {status.AsOf} ({status.Ruleset}): ").AppendOverall(status.Overall),
        };
        if (status.Title is { } title)
        {
            lines.Add(new Text(TitleLine(title)));
        }

        var table = Cells.Table("Criterion", "Met", "Required", "Actual");
        foreach (var criterion in status.Criteria)
        {
            table.AddRow(Cells.Plain(criterion.Title ?? criterion.Key), Cells.YesNo(criterion.Met, "met", "not met"),
                Cells.Plain(Counts(criterion.Required)), Cells.Plain(Counts(criterion.Actual)));
        }

        lines.Add(table);
        var gaps = status.Criteria.SelectMany(c => c.Gaps.Select(g => $"  - {c.Title ?? c.Key}: {g}")).ToList();
        if (gaps.Count > 0)
        {
            lines.Add(new Text("Missing:", new Style(Color.Red, decoration: Decoration.Bold)));
            lines.AddRange(gaps.Select(gap => new Text(gap)));
        }

        if (status.ExpiringSoon.Length > 0)
        {
            lines.Add(new Text("Expiring soon:", new Style(Color.Yellow, decoration: Decoration.Bold)));
            lines.AddRange(status.ExpiringSoon.OrderBy(e => e.ValidUntil, StringComparer.Ordinal)
                .Select(e => new Text($"  - {e.Subject}: evidence {e.EvidenceId} valid until {e.ValidUntil}")));
        }

        return new Rows(lines);
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
