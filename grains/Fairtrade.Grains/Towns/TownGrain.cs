using System.Text.Json;
using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Abstractions.TownCriteria;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Audit;
using Fairtrade.Grains.Evidence;
using Fairtrade.Grains.Persistence;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fairtrade.Grains.Towns;

public sealed class TownGrain(
    [PersistentState(StateNames.Town, StorageNames.Main)] IPersistentState<TownState> state,
    RulesetCatalog rulesets,
    ProductVocabulary vocabulary,
    [FromKeyedServices(CampaignClock.ServiceKey)] TimeProvider time,
    IAuditLog auditLog,
    ILogger<TownGrain> logger) : Grain, ITownGrain
{
    private const int CachedDays = 16;

    // Status by day, valid until the next change; reading the status is the hot path.
    private readonly Dictionary<DateOnly, StatusReport> _statusCache = [];

    // The last history asked for (a status per day, so the dearest read), valid until the next change: every visitor of
    // the town's page asks for the same one.
    private (DateOnly From, DateOnly To, int[] Met)? _historyCache;

    private TownProfile? Profile => state.State.Profile;

    private AuditOutbox Audit => new(state.State.PendingAudit, auditLog, this.GetPrimaryKeyString(), time, logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken) => Audit.FlushAsync();

    public async Task<bool> CreateAsync(TownProfile profile, string actor)
    {
        if (Profile is not null)
        {
            return false;
        }

        // Listed first: a town that failed to save is skipped by the listing and can be created again.
        await GrainFactory.GetGrain<ITownDirectoryGrain>(GrainKeys.TownDirectory).AddAsync(profile.Slug);
        state.State.Profile = profile with { CreatedAt = time.GetUtcNow() };
        Audit.Record(actor, "town.created", profile.Slug, AuditChanges.Between(null, state.State.Profile));
        await SaveAsync();
        return true;
    }

    public Task<TownProfile?> GetProfileAsync() => Task.FromResult(Profile);

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

    public Task<StatusReport?> GetStatusAsync(DateOnly asOf) => Task.FromResult(Profile is null ? null : Status(asOf));

    public Task<int[]?> GetMetHistoryAsync(DateOnly from, DateOnly to)
    {
        if (Profile is not { } profile)
        {
            return Task.FromResult<int[]?>(null);
        }

        if (_historyCache is not { } cached || cached.From != from || cached.To != to)
        {
            cached = (from, to, StatusCalculator.MetPerDay(Facts(), rulesets.Get(profile.Ruleset), vocabulary, from, to));
            _historyCache = cached;
        }

        return Task.FromResult<int[]?>(cached.Met);
    }

    public Task<string?> GetVersionAsync() => Task.FromResult(Profile is null ? null : state.Etag);

    public Task<TownSummary?> GetSummaryAsync(DateOnly asOf) => Task.FromResult(Profile is not { } profile ? null
        : new TownSummary(profile.Slug, profile.Name, profile.Population, profile.Ruleset, Status(asOf).Overall));

    public async Task RecordParticipantAsync(ParticipantEntry entry)
    {
        // A participant that retries after a lost answer hands the same entry again: nothing to write.
        if (Profile is null || (state.State.Participants.TryGetValue(entry.Id, out var known) && SameEntry(known, entry)))
        {
            return;
        }

        state.State.Participants[entry.Id] = entry;
        await SaveAsync();
    }

    public Task<ParticipantEntry[]> GetParticipantsAsync() =>
        Task.FromResult(state.State.Participants.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToArray());

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

    public Task<EvidenceRecord[]> GetEvidenceAsync() => Task.FromResult(state.State.Evidence.ToArray());

    public Task<bool> HoldsEvidenceFileAsync(string evidenceId, string sha256) =>
        Task.FromResult(Evidence.Find(evidenceId)?.HoldsFile(sha256) == true);

    public Task<string?> FindEvidenceSubjectAsync(string evidenceId) => Task.FromResult(
        state.State.Evidence.FirstOrDefault(e => e.Id == evidenceId)?.Subject
        ?? state.State.Participants.Values.FirstOrDefault(p => p.Evidence.Any(e => e.Id == evidenceId))?.Id);

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

    private StatusReport Status(DateOnly asOf)
    {
        if (_statusCache.TryGetValue(asOf, out var cached))
        {
            return cached;
        }

        if (_statusCache.Count >= CachedDays)
        {
            _statusCache.Clear();
        }

        return _statusCache[asOf] = StatusCalculator.Calculate(Facts(), rulesets.Get(Profile!.Ruleset), vocabulary, asOf);
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
            [.. state.State.Participants.Values.Select(p => p.Contribution)]);
    }

    private static bool SameEntry(ParticipantEntry a, ParticipantEntry b) =>
        JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);

    private async Task SaveAsync()
    {
        _statusCache.Clear();
        _historyCache = null;
        await state.SaveAsync();
        await Audit.FlushAsync();
    }
}
