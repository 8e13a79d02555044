using Fairtrade.Abstractions.Imports;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Abstractions.TownCriteria;
using Fairtrade.Silo.Participants;

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
        // Each row takes one member of its name (the API allows two of the same name); the rest are new. The group as
        // it will be tells each added member's step how many such members the group holds once it is applied.
        var unmatched = (await town.GetSteeringGroupAsync() ?? []).ToList();
        var group = unmatched.ToList();
        foreach (var row in rows)
        {
            var draft = row.Request.ToDraft();
            var current = unmatched.FirstOrDefault(m => ImportWords.Same(m.Name, draft.Name));
            if (current is not null)
            {
                unmatched.Remove(current);
            }

            draft = draft with { Organisation = draft.Organisation ?? current?.Organisation };
            if (current is not null && current.Sector == draft.Sector && current.Organisation == draft.Organisation)
            {
                plan.Keep();
                continue;
            }

            group.Add(new SteeringGroupMember("", draft.Name, draft.Sector, draft.Organisation));
            var add = new AddMemberStep(draft.Name, draft.Sector, draft.Organisation, 0);
            if (current is null)
            {
                plan.Create(add with { Count = group.Count(add.Matches) });
            }
            else
            {
                group.Remove(current);
                plan.Update(new RemoveMemberStep(current.Id), add with { Count = group.Count(add.Matches) });
            }
        }
    }

    private static async Task ArticlesAsync(ITownGrain town, IReadOnlyList<ImportedArticle> rows, ImportPlan plan)
    {
        // Each row takes one article of its day, outlet and headline; a second such row is a second article.
        var unmatched = (await town.GetMediaAsync() ?? []).ToList();
        var media = unmatched.ToList();
        foreach (var row in rows)
        {
            var draft = row.Request.ToDraft();
            var current = unmatched.FirstOrDefault(a => a.PublishedOn == draft.PublishedOn && ImportWords.Same(a.Outlet, draft.Outlet) && ImportWords.Same(a.Title, draft.Title));
            if (current is null)
            {
                media.Add(new MediaArticle("", draft.PublishedOn, draft.Outlet, draft.Title, draft.Url));
                var add = new AddArticleStep(draft.PublishedOn, draft.Outlet, draft.Title, draft.Url, 0);
                plan.Create(add with { Count = media.Count(add.Matches) });
            }
            else
            {
                unmatched.Remove(current);
                plan.Keep();
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
        else if (current.ProductsServed.Length + added.Length > ProductListAttribute.MaxProducts)
        {
            imported.FirstRow?.Error(ImportField.Product,
                ImportRowTexts.Current.CouncilWouldList(current.ProductsServed.Length + added.Length, ProductListAttribute.MaxProducts));
        }
        else
        {
            plan.Update(new SetCouncilStep(adopted, [.. current.ProductsServed, .. added]));
        }
    }
}
