using Fairtrade.Abstractions.Participants;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Silo.Web;

/// <summary>A town's participants as the public pages show them; who may be shown is decided by <see cref="PublicListing"/>.</summary>
public static class PublicParticipants
{
    /// <summary>Those the public sees on <paramref name="day"/>.</summary>
    public static IEnumerable<ParticipantEntry> Listed(IEnumerable<ParticipantEntry> participants, DateOnly day) =>
        participants.Where(p => PublicListing.Shows(p.ListPublicly, p.IsArchivedOn(day)));

    /// <summary>"Where to buy Fairtrade" on <paramref name="day"/>.</summary>
    public static IEnumerable<ParticipantEntry> Outlets(IEnumerable<ParticipantEntry> participants, DateOnly day) =>
        Listed(participants, day).Where(p => PublicListing.IsOutlet(p.Kind, p.Contribution.QualifiesOn(day)));
}
