using Fairtrade.Abstractions.Evidence;
using Fairtrade.Silo.Towns;

namespace Fairtrade.Silo.Evidence;

public static class EvidenceHolders
{
    /// <summary>The grain that keeps evidence on <paramref name="subject"/>: the town for its own criteria, else the participant.</summary>
    public static IEvidenceHolder For(IGrainFactory grains, string slug, string subject) =>
        EvidenceSubjects.IsTownLevel(subject) ? grains.Town(slug) : grains.Participant(slug, subject);

    /// <summary>Every piece of evidence in the town (its own and its participants'), or only that on <paramref name="subject"/>.</summary>
    public static async Task<EvidenceRecord[]> AllAsync(IGrainFactory grains, string slug, string? subject = null)
    {
        var town = grains.Town(slug);
        var holders = (await town.GetParticipantsAsync()).Where(p => p.Evidence.Length > 0 && (subject is null || p.Id == subject))
            .Select(p => grains.Participant(slug, p.Id).GetEvidenceAsync());
        var all = await Task.WhenAll(holders.Append(town.GetEvidenceAsync()));
        return [.. all.SelectMany(records => records).Where(e => subject is null || e.Subject == subject)];
    }

    /// <summary>Any evidence of the town by its id, found through the town's index.</summary>
    public static async Task<EvidenceRecord?> FindAsync(IGrainFactory grains, string slug, string id) =>
        await grains.Town(slug).FindEvidenceSubjectAsync(id) is { } subject
            ? (await For(grains, slug, subject).GetEvidenceAsync()).FirstOrDefault(e => e.Id == id)
            : null;
}
