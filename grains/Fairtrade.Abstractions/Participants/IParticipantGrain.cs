using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.UploadLinks;
using Orleans.Concurrency;

namespace Fairtrade.Abstractions.Participants;

/// <summary>
/// One retailer, café, school, club, faith community or workplace (key: <c>{town}/{id}</c>). It owns its details,
/// activities and evidence, and after every change tells its town its new contribution. Every method but
/// <see cref="CreateAsync"/> answers null or false when the participant does not exist.
/// </summary>
[Alias("fairtrade.IParticipantGrain")]
public interface IParticipantGrain : IEvidenceHolder
{
    /// <summary>Creates the participant under the town's ruleset; false if the id is taken.</summary>
    [Alias("Create")]
    Task<bool> CreateAsync(ParticipantDetails details, string ruleset, string actor);

    /// <summary>
    /// The participant as of a day. A read in one turn, so it may run while the grain awaits another: the town's
    /// reminder sweep reads participants while an erasure here waits on that same sweep's grain.
    /// </summary>
    [Alias("Get"), AlwaysInterleave]
    Task<ParticipantView?> GetAsync(DateOnly asOf);

    [Alias("Update")]
    Task<ParticipantView?> UpdateAsync(ParticipantChanges changes, DateOnly asOf, string actor);

    /// <summary>
    /// Archives the participant from <paramref name="archivedOn"/> (null: the campaign's today): kept with its history,
    /// counted on the days before, not from that day on. Archived already, the day only ever moves earlier.
    /// </summary>
    [Alias("ArchiveOn")]
    Task<bool> ArchiveAsync(DateOnly? archivedOn, string actor);

    /// <summary>
    /// Erases the personal data of its contact on request: the contact (person, e-mail, phone), its evidence files'
    /// names (each then named after its kind), the values wherever else they were written (notes, comments, the audit
    /// trail, the town's reminders and their recipients). The audit trail keeps that it happened, by whom and when.
    /// </summary>
    [Alias("ErasePersonalData")]
    Task<bool> ErasePersonalDataAsync(string actor);

    [Alias("AddActivity")]
    Task<Activity?> AddActivityAsync(DateOnly date, string title, string actor);

    [Alias("CreateUploadLink")]
    Task<UploadLink?> CreateUploadLinkAsync(UploadLinkDraft draft, string actor);

    [Alias("GetUploadLinks")]
    Task<UploadLink[]?> GetUploadLinksAsync();

    /// <summary>Revokes the link; false if there is no such link.</summary>
    [Alias("RevokeUploadLink")]
    Task<bool> RevokeUploadLinkAsync(string linkId, string actor);

    /// <summary>
    /// Whether the secret's hash opens this participant's link: not revoked, not expired, participant not archived.
    /// Compared in constant time; notes when the link was last used.
    /// </summary>
    [Alias("OpensUploadLink")]
    Task<bool> OpensUploadLinkAsync(string linkId, string secretHash);
}
