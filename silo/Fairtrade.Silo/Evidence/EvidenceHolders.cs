using Fairtrade.Abstractions.Evidence;
using Fairtrade.Silo.Participants;
using Fairtrade.Silo.Towns;

namespace Fairtrade.Silo.Evidence;

public static class EvidenceHolders
{
    /// <summary>The grain that keeps evidence on <paramref name="subject"/>: the town for its own criteria, else the participant.</summary>
    public static IEvidenceHolder For(IGrainFactory grains, string slug, string subject) =>
        EvidenceSubjects.IsTownLevel(subject) ? TownsApi.Town(grains, slug) : ParticipantsApi.Participant(grains, slug, subject);
}
