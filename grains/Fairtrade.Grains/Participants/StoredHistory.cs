using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Grains.Audit;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Grains.Participants;

/// <summary>A participant's dated history in its stored state: the day it was archived, and what it offered before each product change.</summary>
internal static class StoredHistory
{
    /// <summary>
    /// The archiving day of a participant archived before archiving had a day. It never counted on any day then, so it
    /// is archived from the first day the API takes: no evidence, activity or asked day lies before it, and a later
    /// archiving can only move the day earlier, so no answer for a day before changes.
    /// </summary>
    public static readonly DateOnly ArchivedSinceAlways = new(1900, 1, 1);

    /// <summary>
    /// Gives state stored by an earlier version the meaning it had, on activation. Products without history need
    /// nothing: the current list applies to every day, as it did. Written with the next change; until then every
    /// activation repeats it.
    /// </summary>
    public static void Migrate(ParticipantState state)
    {
        if (state.Archived && state.ArchivedOn is null)
        {
            state.ArchivedOn = ArchivedSinceAlways;
        }
    }

    /// <summary>Archives from <paramref name="requested"/>, or moves the day earlier; the changes for the audit trail, or null if none.</summary>
    public static Dictionary<string, FieldChange>? Archive(ParticipantState state, DateOnly requested)
    {
        var day = DatedChanges.ArchivedOn(state.ArchivedOn, requested);
        if (state.Archived && state.ArchivedOn == day)
        {
            return null;
        }

        var changes = AuditChanges.Between(new Archiving(state.Archived, state.ArchivedOn), new Archiving(true, day));
        state.Archived = true;
        state.ArchivedOn = day;
        return changes;
    }

    /// <summary>Keeps the products the details had before a change made on <paramref name="day"/>, for the days before it.</summary>
    public static void ProductsChanged(ParticipantState state, string[] before, DateOnly day) =>
        state.EarlierProducts = [.. DatedChanges.ProductsChanged(state.EarlierProducts, before, state.Details!.Products, day)];

    public static ParticipantFacts Facts(ParticipantState state, string id)
    {
        var details = state.Details!;
        return new ParticipantFacts(id, details.Kind, details.Products, [.. state.Activities.Select(a => a.Date)],
            [.. state.Evidence.Select(e => e.ToFacts())], state.Archived)
        {
            ArchivedOn = state.ArchivedOn,
            EarlierProducts = state.EarlierProducts,
        };
    }

    /// <summary>The fields of an archiving, as the audit trail records them.</summary>
    private sealed record Archiving(bool Archived, DateOnly? ArchivedOn);
}
