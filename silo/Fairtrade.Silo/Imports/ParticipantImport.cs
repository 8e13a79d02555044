using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Imports;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Persistence;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;
using Fairtrade.Silo.Participants;

namespace Fairtrade.Silo.Imports;

/// <summary>
/// Matches imported rows to the town's participants (by id, else by name and address) and plans what changes. An
/// import adds and changes; it never clears a field from an empty cell, and never archives a participant left out.
/// </summary>
public static class ParticipantImport
{
    public static async Task PlanAsync(IGrainFactory grains, string slug, TownProfile town, IReadOnlyList<ImportedParticipant> rows, DateOnly today, ImportPlan plan)
    {
        var entries = await grains.Town(slug).GetParticipantsAsync();
        var archived = entries.Where(e => e.Archived).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var taken = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var views = (await Task.WhenAll(entries.Where(e => !e.Archived).Select(e => grains.Participant(slug, e.Id).GetAsync(today))))
            .OfType<ParticipantView>().ToArray();
        var claimed = new Dictionary<string, ImportRow>(StringComparer.Ordinal);
        // Rows that name their id go first, so an id made from another row's name steps aside for them.
        foreach (var row in rows.OrderBy(r => r.Request.Id is null))
        {
            var request = row.Request;
            if (request.Id is { } id && archived.Contains(id))
            {
                row.Row.Error(ImportField.Id, ImportRowTexts.Current.Archived(id));
                continue;
            }

            var matches = request.Id is { } wanted ? views.Where(v => v.Id == wanted).ToArray()
                : views.Where(v => ImportWords.Same(v.Details.Name, request.Name) && (request.Address is null || ImportWords.Same(v.Details.Address, request.Address))).ToArray();
            if (matches.Length > 1)
            {
                row.Row.Error(ImportField.Name, request.Address is null
                    ? ImportRowTexts.Current.SameName(matches.Length, request.Name!, string.Join(", ", matches.Select(m => m.Id)))
                    : ImportRowTexts.Current.SameNameAndAddress(matches.Length, request.Name!, string.Join(", ", matches.Select(m => m.Id))));
                continue;
            }

            var key = matches.Length == 1 ? matches[0].Id : request.Id ?? $"new:{request.Name!.Trim().ToLowerInvariant()}|{request.Address?.Trim().ToLowerInvariant()}";
            if (!claimed.TryAdd(key, row.Row))
            {
                var first = claimed[key];
                row.Row.Error(request.Id is null ? ImportField.Name : ImportField.Id,
                    ImportRowTexts.Current.SameParticipant(first.Sheet, first.Number));
                continue;
            }

            if (matches.Length == 1)
            {
                Update(matches[0], row, plan);
            }
            else
            {
                Create(town.Ruleset, row, taken, plan);
            }
        }
    }

    /// <summary>
    /// The cell's products, with each product the participant has whose name holds a separator ("Schokolade,
    /// zartbitter") made one again where its pieces stand side by side, as the export wrote it; the API takes such
    /// names, and a cell cannot tell them from two products otherwise.
    /// </summary>
    private static string[] Rejoined(string[] imported, string[] current)
    {
        var products = imported.ToList();
        foreach (var product in current)
        {
            if (ImportWords.Products(product) is not { Length: > 1 } pieces)
            {
                continue;
            }

            var at = Enumerable.Range(0, Math.Max(0, products.Count - pieces.Length + 1))
                .FirstOrDefault(i => pieces.Select((piece, k) => ImportWords.Same(piece, products[i + k])).All(same => same), -1);
            if (at >= 0)
            {
                products.RemoveRange(at, pieces.Length);
                products.Insert(at, product);
            }
        }

        return [.. products];
    }

    private static void Update(ParticipantView view, ImportedParticipant row, ImportPlan plan)
    {
        var (request, current) = (row.Request, view.Details);
        var products = request.Products is null ? null : ProductListAttribute.Normalize(Rejoined(request.Products, current.Products));
        var contact = request.Contact?.ToContact() is { } c
            ? new Contact(c.Person ?? current.Contact?.Person, c.Email ?? current.Contact?.Email, c.Phone ?? current.Contact?.Phone) : null;
        var change = new ChangeParticipantStep(
            view.Id,
            request.Kind != current.Kind ? request.Kind : null,
            request.Id is not null && request.Name!.Trim() != current.Name ? request.Name.Trim() : null,
            request.Address?.Trim() is { } address && address != current.Address ? address : null,
            request.Chain?.Trim() is { } chain && chain != current.Chain ? chain : null,
            products is not null && !products.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(current.Products) ? products : null,
            contact is not null && contact != current.Contact ? contact : null,
            request.ListPublicly is { } listed && listed != current.ListPublicly ? listed : null);
        var steps = new List<ImportStep>();
        if (change != new ChangeParticipantStep(view.Id, null, null, null, null, null, null, null))
        {
            steps.Add(change);
        }

        if (row.EvidenceDated is { } day && !view.Evidence.Any(e => e.EffectiveDate == day && e.Status == EvidenceStatus.Approved))
        {
            steps.Add(new DeclareEvidenceStep(view.Id, Ids.New(), day));
        }

        if (row.Activity is { } activity && !view.Activities.Any(a => a.Date == activity.Date && ImportWords.Same(a.Title, activity.Title)))
        {
            steps.Add(new AddActivityStep(view.Id, activity.Date!.Value, activity.Title!.Trim()));
        }

        if (steps.Count == 0)
        {
            plan.Keep();
        }
        else
        {
            plan.Update([.. steps]);
        }
    }

    /// <summary>
    /// Creates the participant under its own id, or one made from its name as the API makes it (<c>-2</c>, <c>-3</c>…
    /// when taken): chosen now, so that the stored plan says which participant each step is for.
    /// </summary>
    private static void Create(string ruleset, ImportedParticipant row, HashSet<string> taken, ImportPlan plan)
    {
        var details = row.Request.ToDetails();
        if (ParticipantIds.FirstFree(row.Request.Id, details.Name, id => taken.Contains(id) || EvidenceSubjects.IsTownLevel(id)) is not { } id)
        {
            row.Row.Error(ImportField.Name, ImportRowTexts.Current.NoFreeId(details.Name));
            return;
        }

        taken.Add(id);
        var steps = new List<ImportStep> { new CreateParticipantStep(id, details, ruleset) };
        if (row.EvidenceDated is { } day)
        {
            steps.Add(new DeclareEvidenceStep(id, Ids.New(), day));
        }

        if (row.Activity is { } activity)
        {
            steps.Add(new AddActivityStep(id, activity.Date!.Value, activity.Title!.Trim()));
        }

        plan.Create([.. steps]);
    }
}
