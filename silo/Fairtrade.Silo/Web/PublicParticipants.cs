using Fairtrade.Abstractions.Participants;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Silo.Web;

/// <summary>What the public may see of a town's participants, for every public page alike.</summary>
public static class PublicParticipants
{
    /// <summary>Those that agreed to be listed and are not archived on <paramref name="day"/>.</summary>
    public static IEnumerable<ParticipantEntry> Listed(IEnumerable<ParticipantEntry> participants, DateOnly day) =>
        participants.Where(p => p.ListPublicly && !p.IsArchivedOn(day));

    /// <summary>"Where to buy Fairtrade": the listed shops, cafés and restaurants that count on <paramref name="day"/>.</summary>
    public static IEnumerable<ParticipantEntry> Outlets(IEnumerable<ParticipantEntry> participants, DateOnly day) =>
        Listed(participants, day).Where(p => p.Kind is ParticipantKind.Retail or ParticipantKind.Catering && p.Contribution.QualifiesOn(day));
}
