using Fairtrade.Abstractions;
using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Campaign;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Renewals;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Abstractions.TownCriteria;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Audit;
using Fairtrade.Grains.Campaign;
using Fairtrade.Grains.Evidence;
using Fairtrade.Grains.Persistence;
using Fairtrade.Grains.Storage;
using Fairtrade.Rules.Forecast;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fairtrade.Grains.Towns;

// Idle after 2 hours: status reads are the hot path and are served from memory only while the town is active, and
// its activation reads every participant's entry (about 20 ms for 2,000); a town of 100 holds about 0.1 MB.
[CollectionAgeLimit(Hours = 2)]
public sealed class TownGrain(
    [PersistentState(StateNames.Town, StorageNames.Main)] IPersistentState<TownState> state,
    [FromKeyedServices(StorageNames.Main)] IGrainRecordStorage records,
    RulesetCatalog rulesets,
    ProductVocabulary vocabulary,
    [FromKeyedServices(CampaignClock.ServiceKey)] TimeProvider time,
    IAuditLog auditLog,
    StatusJson statusJson,
    StatusBoard board,
    CampaignCalendar calendar,
    ILogger<TownGrain> logger) : Grain, ITownGrain
{
    // The town's version is the stored state's, plus the entries written since this activation began (they are
    // stored apart from the state); the activation's own id keeps two activations' counts apart.
    private readonly string _activation = Ids.New();
    private int _entriesRecorded;

    private TownParticipants _participants = null!;
    private StatusCache _computed = null!;
    private CampaignRowPost _campaignRow = null!;

    private TownProfile? Profile => state.State.Profile;

    private AuditOutbox Audit => new(state.State.PendingAudit, auditLog, this.GetPrimaryKeyString(), time, logger);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await Audit.FlushAsync();
        _participants = new TownParticipants(records, this.GetGrainId());
        _computed = new StatusCache(
            this.GetPrimaryKeyString(),
            asOf => StatusCalculator.Calculate(Facts(), rulesets.Get(Profile!.Ruleset), vocabulary, asOf),
            (from, to) => StatusCalculator.MetPerDay(Facts(), rulesets.Get(Profile!.Ruleset), vocabulary, from, to),
            statusJson,
            board);
        _campaignRow = new CampaignRowPost(this, GrainFactory, state.State.LastChangeAt, logger);
        await _participants.LoadAsync();
        await MoveEntriesOutOfStateAsync();
        await GrainFactory.ImportJournal(this.GetPrimaryKeyString()).ResumeAsync();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Null when the activation itself failed.
        _computed?.Forget();
        return Task.CompletedTask;
    }

    public async Task<bool> CreateAsync(TownProfile profile, string actor)
    {
        if (Profile is not null)
        {
            return false;
        }

        // Listed first: a town that failed to save is skipped by the listing and can be created again.
        await GrainFactory.TownDirectory().AddAsync(profile.Slug);
        state.State.Profile = profile with { CreatedAt = time.GetUtcNow() };
        Audit.Record(actor, "town.created", profile.Slug, AuditChanges.Between(null, state.State.Profile));
        await SaveAsync();
        return true;
    }

    public Task<TownProfile?> GetProfileAsync() => Task.FromResult(Profile ?? Missing<TownProfile>());

    public async Task<TownProfile?> UpdateAsync(TownChanges changes, string actor)
    {
        if (Profile is not { } profile)
        {
            return null;
        }

        state.State.Profile = profile with
        {
            Name = changes.Name ?? profile.Name,
            Population = changes.Population ?? profile.Population,
            Kind = changes.Kind ?? profile.Kind,
            TitleAwardedOn = changes.Cleared.Contains(nameof(TownProfile.TitleAwardedOn)) ? null : changes.TitleAwardedOn ?? profile.TitleAwardedOn,
            LastRenewedOn = changes.Cleared.Contains(nameof(TownProfile.LastRenewedOn)) ? null : changes.LastRenewedOn ?? profile.LastRenewedOn,
        };
        Audit.Record(actor, "town.updated", profile.Slug, AuditChanges.Between(profile, state.State.Profile));
        await SaveAsync();
        return state.State.Profile;
    }

    public Task<StatusReport?> GetStatusAsync(DateOnly asOf) => Task.FromResult(Profile is null ? Missing<StatusReport>() : _computed.Report(asOf));

    public Task<StatusDocument?> GetStatusDocumentAsync(DateOnly asOf, bool listedOnly) => Task.FromResult(Profile is null ? Missing<StatusDocument>()
        : _computed.Document(asOf, listedOnly, () => _participants.All.Where(p => !p.ListPublicly).Select(p => p.Id).ToHashSet()));

    public Task<ForecastOutcome?> GetForecastAsync(DateOnly asOf, string[] leftOut)
    {
        if (Profile is null)
        {
            return Task.FromResult(Missing<ForecastOutcome>());
        }

        string[] unknown = [.. leftOut.Where(id => !_participants.Contains(id)).Distinct()];
        var forecast = unknown.Length > 0 ? null
            : leftOut.Length == 0 ? _computed.Report(asOf).Forecast
            : ForecastCalculator.Forecast(Facts(), rulesets.Get(Profile.Ruleset), vocabulary, asOf, leftOut.ToHashSet(StringComparer.Ordinal));
        return Task.FromResult<ForecastOutcome?>(new ForecastOutcome(forecast, unknown));
    }

    public Task<int[]?> GetMetHistoryAsync(DateOnly from, DateOnly to) => Task.FromResult(Profile is null ? null : _computed.History(from, to));

    public Task<string?> GetVersionAsync() => Task.FromResult(Profile is null ? Missing<string>() : $"{state.Etag}.{_activation}.{_entriesRecorded}");

    public Task<TownSummary?> GetSummaryAsync(DateOnly asOf) => Task.FromResult(Profile is not { } profile ? null
        : new TownSummary(profile.Slug, profile.Name, profile.Population, profile.Ruleset, _computed.Report(asOf).Overall));

    public async Task RecordParticipantAsync(ParticipantEntry entry)
    {
        if (Profile is null)
        {
            return;
        }

        _computed.Forget();
        if (await _participants.RecordAsync(entry))
        {
            _entriesRecorded++;
            _campaignRow.Changed(time.GetUtcNow());
        }
    }

    public Task RefreshCampaignRowAsync()
    {
        if (Profile is null)
        {
            Missing<TownProfile>();
        }
        else
        {
            _campaignRow.Soon();
        }

        return Task.CompletedTask;
    }

    public Task<bool> HasParticipantAsync(string participantId) => Task.FromResult(Profile is not null && _participants.Contains(participantId));

    public Task<ParticipantEntry[]> GetParticipantsAsync() =>
        Task.FromResult(_participants.All.OrderBy(p => p.Id, StringComparer.Ordinal).ToArray());

    public Task<Council?> GetCouncilAsync() => Task.FromResult(Profile is null ? null : state.State.Council);

    public async Task<Council?> SetCouncilAsync(DateOnly? resolutionAdoptedOn, string[] productsServed, string actor)
    {
        if (Profile is null)
        {
            return null;
        }

        var before = state.State.Council;
        state.State.Council = new Council(resolutionAdoptedOn, productsServed);
        Audit.Record(actor, "council.updated", EvidenceSubjects.Council, AuditChanges.Between(before, state.State.Council));
        await SaveAsync();
        return state.State.Council;
    }

    public async Task<SteeringGroupMember?> AddSteeringGroupMemberAsync(SteeringGroupMemberDraft draft, string actor)
    {
        if (Profile is null)
        {
            return null;
        }

        var member = new SteeringGroupMember(Ids.New(), draft.Name, draft.Sector, draft.Organisation);
        state.State.SteeringGroup.Add(member);
        Audit.Record(actor, "steering-group.member-added", EvidenceSubjects.SteeringGroup, AuditChanges.Between(null, member));
        await SaveAsync();
        return member;
    }

    public Task<SteeringGroupMember[]?> GetSteeringGroupAsync() => Task.FromResult(Profile is null ? null : state.State.SteeringGroup.ToArray());

    public async Task<bool> RemoveSteeringGroupMemberAsync(string memberId, string actor)
    {
        if (Profile is null || state.State.SteeringGroup.Find(m => m.Id == memberId) is not { } member)
        {
            return false;
        }

        state.State.SteeringGroup.Remove(member);
        Audit.Record(actor, "steering-group.member-removed", EvidenceSubjects.SteeringGroup, AuditChanges.Between(member, null));
        await SaveAsync();
        return true;
    }

    public async Task<MediaArticle?> AddMediaArticleAsync(MediaArticleDraft draft, string actor)
    {
        if (Profile is null)
        {
            return null;
        }

        var article = new MediaArticle(Ids.New(), draft.PublishedOn, draft.Outlet, draft.Title, draft.Url);
        state.State.Media.Add(article);
        Audit.Record(actor, "media.article-added", EvidenceSubjects.Media(article.Id), AuditChanges.Between(null, article));
        await SaveAsync();
        return article;
    }

    public Task<MediaArticle[]?> GetMediaAsync() =>
        Task.FromResult(Profile is null ? null : state.State.Media.OrderByDescending(a => a.PublishedOn).ToArray());

    public Task<EvidenceOutcome> SubmitEvidenceAsync(EvidenceSubmission submission) =>
        !Holds(submission.Subject) ? Task.FromResult(EvidenceOutcome.SubjectNotFound)
        : SaveIfChangedAsync(Evidence.Submit(submission, rulesets.Get(Profile!.Ruleset), time.GetUtcNow()));

    public Task<EvidenceOutcome> ReviseEvidenceAsync(string evidenceId, EvidenceSubmission submission) =>
        !Holds(submission.Subject) ? Task.FromResult(EvidenceOutcome.SubjectNotFound)
        : SaveIfChangedAsync(Evidence.Revise(evidenceId, submission, rulesets.Get(Profile!.Ruleset), time.GetUtcNow()));

    public Task<EvidenceOutcome> ReviewEvidenceAsync(string evidenceId, EvidenceReview review) =>
        Profile is null ? Task.FromResult(EvidenceOutcome.SubjectNotFound)
        : SaveIfChangedAsync(Evidence.Review(evidenceId, review, time.GetUtcNow()));

    public Task<EvidenceOutcome> DeleteEvidenceAsync(string evidenceId, string actor) =>
        Profile is null ? Task.FromResult(EvidenceOutcome.SubjectNotFound) : SaveIfChangedAsync(Evidence.Delete(evidenceId, actor));

    public Task<EvidenceRecord[]> GetEvidenceAsync() => Task.FromResult(state.State.Evidence.ToArray());

    public Task<bool> HoldsEvidenceFileAsync(string evidenceId, string sha256) =>
        Task.FromResult(Evidence.Find(evidenceId)?.HoldsFile(sha256) == true);

    public Task<string?> FindEvidenceSubjectAsync(string evidenceId) => Task.FromResult(
        state.State.Evidence.FirstOrDefault(e => e.Id == evidenceId)?.Subject
        ?? _participants.HoldingEvidence(evidenceId)?.Id);

    private EvidenceLog Evidence => new(state.State.Evidence, Audit);

    /// <summary>Whether the subject is one of this town's own: the council, the steering group or an existing article.</summary>
    private bool Holds(string subject) => Profile is not null
        && (subject is EvidenceSubjects.Council or EvidenceSubjects.SteeringGroup || state.State.Media.Any(a => EvidenceSubjects.Media(a.Id) == subject));

    private async Task<EvidenceOutcome> SaveIfChangedAsync(EvidenceOutcome outcome)
    {
        if (outcome.Evidence is not null)
        {
            await SaveAsync();
        }

        return outcome;
    }

    private TownFacts Facts()
    {
        var profile = Profile!;
        var evidence = Evidence;
        return new TownFacts(
            profile.Slug, profile.Population, profile.TitleAwardedOn, profile.LastRenewedOn,
            state.State.Council.ResolutionAdoptedOn, state.State.Council.ProductsServed,
            evidence.Facts(e => e.Subject == EvidenceSubjects.Council),
            state.State.SteeringGroup.Count,
            evidence.Facts(e => e.Subject == EvidenceSubjects.SteeringGroup),
            [.. state.State.Media.Select(a => a.PublishedOn)],
            [.. _participants.All.Select(p => p.Contribution)]);
    }

    /// <summary>Towns stored before entries were kept apart held them in their state: each becomes a record, once.</summary>
    private async Task MoveEntriesOutOfStateAsync()
    {
        if (state.State.Participants.Count == 0)
        {
            return;
        }

        // Records first: a crash before the state is saved leaves the entries in both, and the next activation moves them again.
        foreach (var entry in state.State.Participants.Values)
        {
            await _participants.RecordAsync(entry);
        }

        state.State.Participants.Clear();
        await state.SaveAsync();
    }

    private async Task SaveAsync()
    {
        _computed.Forget();
        state.State.LastChangeAt = time.GetUtcNow();
        try
        {
            await state.SaveAsync();
        }
        catch
        {
            // The stored state is read back after a failed write; should that fail too, the change would stay in
            // memory unsaved, so this activation goes and the next one reads what is stored.
            DeactivateOnIdle();
            throw;
        }

        _campaignRow.Changed(state.State.LastChangeAt.Value);
        await Audit.FlushAsync();
    }

    /// <summary>The town's line in the campaign's console, as of today.</summary>
    internal CampaignTownRow CampaignRow(Renewal[] renewals) => CampaignRows.Of(
        Profile!, _computed.Report(calendar.Today), state.State.Evidence, _participants.All, renewals, _campaignRow.LastChangeAt);

    /// <summary>
    /// A town that does not exist answers null, and its activation goes once idle rather than after the two hours
    /// a town stays: anyone may ask for any slug.
    /// </summary>
    private T? Missing<T>() where T : class
    {
        DeactivateOnIdle();
        return null;
    }
}
