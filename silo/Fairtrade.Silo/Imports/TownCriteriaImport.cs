using Fairtrade.Abstractions.Towns;
using Fairtrade.Abstractions.TownCriteria;

namespace Fairtrade.Silo.Imports;

/// <summary>
/// Plans the steering group (members by name), the press (articles by day, outlet and headline) and the council
/// (its date, and products it does not list yet). As with participants, nothing is removed by an import.
/// </summary>
public static class TownCriteriaImport
{
    public static async Task PlanAsync(ITownGrain town, ImportBatch batch, ImportPlan plan)
    {
        await MembersAsync(town, batch.Members, plan);
        await ArticlesAsync(town, batch.Articles, plan);
        if (batch.Council is { } council)
        {
            await CouncilAsync(town, council, plan);
        }
    }

    private static async Task MembersAsync(ITownGrain town, IReadOnlyList<ImportedMember> rows, ImportPlan plan)
    {
        var members = await town.GetSteeringGroupAsync() ?? [];
        var seen = new Dictionary<string, ImportRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var draft = row.Request.ToDraft();
            if (!seen.TryAdd(draft.Name, row.Row))
            {
                row.Row.Error(ImportField.Name, $"'{draft.Name}' is also on row {seen[draft.Name].Number}; keep one row per member.");
                continue;
            }

            var current = members.FirstOrDefault(m => string.Equals(m.Name, draft.Name, StringComparison.OrdinalIgnoreCase));
            draft = draft with { Organisation = draft.Organisation ?? current?.Organisation };
            if (current is null)
            {
                plan.Create(actor => town.AddSteeringGroupMemberAsync(draft, actor));
            }
            else if (current.Sector == draft.Sector && current.Organisation == draft.Organisation)
            {
                plan.Keep();
            }
            else
            {
                plan.Update(actor => town.RemoveSteeringGroupMemberAsync(current.Id, actor), actor => town.AddSteeringGroupMemberAsync(draft, actor));
            }
        }
    }

    private static async Task ArticlesAsync(ITownGrain town, IReadOnlyList<ImportedArticle> rows, ImportPlan plan)
    {
        var articles = await town.GetMediaAsync() ?? [];
        var seen = new Dictionary<string, ImportRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var draft = row.Request.ToDraft();
            if (!seen.TryAdd($"{draft.PublishedOn:yyyy-MM-dd}|{draft.Outlet}|{draft.Title}", row.Row))
            {
                row.Row.Error(ImportField.Headline, $"The same article is also on row {seen[$"{draft.PublishedOn:yyyy-MM-dd}|{draft.Outlet}|{draft.Title}"].Number}.");
                continue;
            }

            if (articles.Any(a => a.PublishedOn == draft.PublishedOn && Same(a.Outlet, draft.Outlet) && Same(a.Title, draft.Title)))
            {
                plan.Keep();
            }
            else
            {
                plan.Create(actor => town.AddMediaArticleAsync(draft, actor));
            }
        }
    }

    private static async Task CouncilAsync(ITownGrain town, ImportedCouncil imported, ImportPlan plan)
    {
        var current = await town.GetCouncilAsync() ?? new Council(null, []);
        var adopted = imported.ResolutionAdoptedOn ?? current.ResolutionAdoptedOn;
        var added = imported.ProductsServed.Where(p => !current.ProductsServed.Contains(p, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (adopted == current.ResolutionAdoptedOn && added.Length == 0)
        {
            plan.Keep();
        }
        else
        {
            plan.Update(actor => town.SetCouncilAsync(adopted, [.. current.ProductsServed, .. added], actor));
        }
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
