using Fairtrade.Abstractions.Evidence;

namespace Fairtrade.Abstractions.Participants;

/// <summary>
/// One retailer, café, school, club, faith community or workplace (key: <c>{town}/{id}</c>). It owns its details,
/// activities and evidence, and after every change tells its town its new contribution. Every method but
/// <see cref="CreateAsync"/> answers null or false when the participant does not exist.
/// </summary>
[Alias("fairtrade.IParticipantGrain")]
public interface IParticipantGrain : IGrainWithStringKey
{
    /// <summary>Creates the participant under the town's ruleset; false if the id is taken.</summary>
    [Alias("Create")]
    Task<bool> CreateAsync(ParticipantDetails details, string ruleset, string actor);

    [Alias("Get")]
    Task<ParticipantView?> GetAsync(DateOnly asOf);

    [Alias("Update")]
    Task<ParticipantView?> UpdateAsync(ParticipantChanges changes, DateOnly asOf, string actor);

    /// <summary>Archives the participant: kept with its history, no longer counted.</summary>
    [Alias("Archive")]
    Task<bool> ArchiveAsync(string actor);

    [Alias("AddActivity")]
    Task<Activity?> AddActivityAsync(DateOnly date, string title, string actor);

    [Alias("SubmitEvidence")]
    Task<EvidenceOutcome> SubmitEvidenceAsync(EvidenceSubmission submission);

    [Alias("GetEvidence")]
    Task<EvidenceRecord[]> GetEvidenceAsync();
}
