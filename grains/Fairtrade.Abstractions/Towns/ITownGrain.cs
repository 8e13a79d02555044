using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.TownCriteria;
using Fairtrade.Rules.Status;

namespace Fairtrade.Abstractions.Towns;

/// <summary>
/// A town (key: slug): its profile, the council, steering-group and media criteria with their evidence, and an index
/// of every participant's contribution, from which it computes the certification status without asking them.
/// Every method but <see cref="CreateAsync"/> answers null or false when the town does not exist.
/// </summary>
[Alias("fairtrade.ITownGrain")]
public interface ITownGrain : IEvidenceHolder
{
    /// <summary>Creates the town; false if it exists already.</summary>
    [Alias("Create")]
    Task<bool> CreateAsync(TownProfile profile, string actor);

    [Alias("GetProfile")]
    Task<TownProfile?> GetProfileAsync();

    [Alias("Update")]
    Task<TownProfile?> UpdateAsync(TownChanges changes, string actor);

    [Alias("GetStatus")]
    Task<StatusReport?> GetStatusAsync(DateOnly asOf);

    /// <summary>
    /// The status as the API sends it, kept encoded until the next change; with <paramref name="listedOnly"/>, as the
    /// public sees it: nothing about participants who did not agree to be listed.
    /// </summary>
    [Alias("GetStatusDocument")]
    Task<StatusDocument?> GetStatusDocumentAsync(DateOnly asOf, bool listedOnly);

    /// <summary>
    /// The forecast from <paramref name="asOf"/>, as if the participants in <paramref name="leftOut"/> stopped counting
    /// that day (the what-if; none: the status's own forecast). Changes nothing.
    /// </summary>
    [Alias("GetForecast")]
    Task<ForecastOutcome?> GetForecastAsync(DateOnly asOf, string[] leftOut);

    /// <summary>How many criteria were met on each day from <paramref name="from"/> to <paramref name="to"/>, as things stand now.</summary>
    [Alias("GetMetHistory")]
    Task<int[]?> GetMetHistoryAsync(DateOnly from, DateOnly to);

    /// <summary>
    /// Changes whenever anything the town's page shows changes (and when the town is activated again): live pages
    /// compare it to know when to refresh, and the page cache keys on it.
    /// </summary>
    [Alias("GetVersion")]
    Task<string?> GetVersionAsync();

    [Alias("GetSummary")]
    Task<TownSummary?> GetSummaryAsync(DateOnly asOf);

    /// <summary>Records a participant's latest contribution; participants call this whenever they change.</summary>
    [Alias("RecordParticipant")]
    Task RecordParticipantAsync(ParticipantEntry entry);

    /// <summary>
    /// Creates a participant under <paramref name="id"/>, or when none is asked for under an id made from its name
    /// (with <c>-2</c>, <c>-3</c>… when taken), with the town's ruleset. Returns the id, or null when the id asked
    /// for is taken (or, rarely, every id made from the name).
    /// </summary>
    [Alias("CreateParticipant")]
    Task<string?> CreateParticipantAsync(string? id, ParticipantDetails details, string actor);

    [Alias("GetParticipants")]
    Task<ParticipantEntry[]> GetParticipantsAsync();

    /// <summary>Whether the town has this participant: asked before its grain is activated for an id from a request.</summary>
    [Alias("HasParticipant")]
    Task<bool> HasParticipantAsync(string participantId);

    [Alias("GetCouncil")]
    Task<Council?> GetCouncilAsync();

    [Alias("SetCouncil")]
    Task<Council?> SetCouncilAsync(DateOnly? resolutionAdoptedOn, string[] productsServed, string actor);

    [Alias("AddMember")]
    Task<SteeringGroupMember?> AddSteeringGroupMemberAsync(SteeringGroupMemberDraft draft, string actor);

    [Alias("GetMembers")]
    Task<SteeringGroupMember[]?> GetSteeringGroupAsync();

    [Alias("RemoveMember")]
    Task<bool> RemoveSteeringGroupMemberAsync(string memberId, string actor);

    [Alias("AddArticle")]
    Task<MediaArticle?> AddMediaArticleAsync(MediaArticleDraft draft, string actor);

    [Alias("GetArticles")]
    Task<MediaArticle[]?> GetMediaAsync();

    /// <summary>Posts the town's row to the campaign office's console soon (changes in quick succession post once).</summary>
    [Alias("RefreshCampaignRow")]
    Task RefreshCampaignRowAsync();

    /// <summary>The subject of any evidence in the town, participants' included; null if there is no such evidence.</summary>
    [Alias("FindEvidenceSubject")]
    Task<string?> FindEvidenceSubjectAsync(string evidenceId);

    /// <summary>Notes whether an import is being applied to the town (its journal tells), for the town to finish it after a crash.</summary>
    [Alias("NoteImport")]
    Task NoteImportAsync(bool pending);
}
