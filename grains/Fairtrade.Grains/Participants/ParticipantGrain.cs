using Fairtrade.Abstractions;
using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Abstractions.UploadLinks;
using Fairtrade.Grains.Audit;
using Fairtrade.Grains.Evidence;
using Fairtrade.Grains.Persistence;
using Fairtrade.Grains.UploadLinks;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fairtrade.Grains.Participants;

// Idle after 10 minutes: a participant is asked for on a change or for its own page, its activation reads one small
// row, and a national campaign has 250,000 of them, most untouched for weeks.
[CollectionAgeLimit(Minutes = 10)]
public sealed class ParticipantGrain(
    [PersistentState(StateNames.Participant, StorageNames.Main)] IPersistentState<ParticipantState> state,
    RulesetCatalog rulesets,
    ProductVocabulary vocabulary,
    [FromKeyedServices(CampaignClock.ServiceKey)] TimeProvider time,
    CampaignCalendar calendar,
    IAuditLog auditLog,
    ILogger<ParticipantGrain> logger) : Grain, IParticipantGrain
{
    private string Town => this.GetPrimaryKeyString().Split('/')[0];

    private string Id => this.GetPrimaryKeyString().Split('/')[1];

    private bool Exists => state.State.Details is not null;

    private AuditOutbox Audit => new(state.State.PendingAudit, auditLog, Town, time, logger);

    private EvidenceLog Evidence => new(state.State.Evidence, Audit);

    private UploadLinkBook Links => new(state.State.UploadLinks, Audit, Id);

    private static readonly TimeSpan TownRetryPeriod = TimeSpan.FromSeconds(10);

    private IGrainTimer? _townRetry;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        StoredHistory.Migrate(state.State);
        await Audit.FlushAsync();
        if (state.State.TownUpdatePending)
        {
            await TellTownAsync();
        }
    }

    public async Task<bool> CreateAsync(ParticipantDetails details, string ruleset, string actor)
    {
        if (Exists)
        {
            return false;
        }

        state.State.Details = details;
        state.State.Ruleset = ruleset;
        state.State.CreatedAt = time.GetUtcNow();
        Audit.Record(actor, "participant.created", Id, AuditChanges.Between(null, details));
        await SaveAndTellTownAsync();
        return true;
    }

    public Task<ParticipantView?> GetAsync(DateOnly asOf) => Task.FromResult(Exists ? View(asOf) : null);

    public async Task<ParticipantView?> UpdateAsync(ParticipantChanges changes, DateOnly asOf, string actor)
    {
        if (!Exists)
        {
            return null;
        }

        Change(changes, actor);
        await SaveAndTellTownAsync();
        return View(asOf);
    }

    private void Change(ParticipantChanges changes, string actor)
    {
        var before = state.State.Details!;
        state.State.Details = changes.ApplyTo(before);
        StoredHistory.ProductsChanged(state.State, before.Products, calendar.Today);
        Audit.Record(actor, "participant.updated", Id, AuditChanges.Between(before, state.State.Details));
    }

    public async Task<bool> ArchiveAsync(DateOnly? archivedOn, string actor)
    {
        if (!Exists)
        {
            return false;
        }

        if (StoredHistory.Archive(state.State, archivedOn ?? calendar.Today) is { } changes)
        {
            Audit.Record(actor, "participant.archived", Id, changes);
            await SaveAndTellTownAsync();
        }

        return true;
    }

    /// <summary>
    /// Collects the values first, from the state and the audit trail, and clears them from the town's outbox, this
    /// state and the audit trail in that order, each step repeatable: a request that fails half-way is simply asked
    /// again and finds the values where they are left.
    /// </summary>
    public async Task<bool> ErasePersonalDataAsync(string actor)
    {
        if (!Exists)
        {
            return false;
        }

        await Audit.FlushAsync();
        var history = (await auditLog.ReadAsync(Town, null)).Where(e => e.Subject == Id);
        var erased = PersonalDataErasure.Collect(state.State, history);
        await GrainFactory.Notifications(Town).ErasePersonalDataAsync(Id, [.. erased.Values]);
        PersonalDataErasure.Erase(state.State, erased);
        Audit.Record(actor, "participant.personal-data-erased", Id, new() { ["personalData"] = new FieldChange(null, "\"erased\"") });
        await SaveAsync();
        await auditLog.EraseAsync(Town, Id, erased.Values);
        return true;
    }

    public async Task<Activity?> AddActivityAsync(DateOnly date, string title, string actor)
    {
        if (!Exists)
        {
            return null;
        }

        var activity = new Activity(Ids.New(), date, title);
        state.State.Activities.Add(activity);
        Audit.Record(actor, "participant.activity-added", Id, AuditChanges.Between(null, activity));
        await SaveAndTellTownAsync();
        return activity;
    }

    public Task<EvidenceOutcome> SubmitEvidenceAsync(EvidenceSubmission submission) =>
        !Exists || submission.Subject != Id ? Task.FromResult(EvidenceOutcome.SubjectNotFound)
        : SaveIfChangedAsync(Evidence.Submit(submission, Ruleset, time.GetUtcNow()));

    public Task<EvidenceOutcome> ReviseEvidenceAsync(string evidenceId, EvidenceSubmission submission) =>
        !Exists || submission.Subject != Id ? Task.FromResult(EvidenceOutcome.SubjectNotFound)
        : SaveIfChangedAsync(Evidence.Revise(evidenceId, submission, Ruleset, time.GetUtcNow()));

    public Task<EvidenceOutcome> ReviewEvidenceAsync(string evidenceId, EvidenceReview review)
    {
        if (!Exists)
        {
            return Task.FromResult(EvidenceOutcome.SubjectNotFound);
        }

        var outcome = Evidence.Review(evidenceId, review, time.GetUtcNow());

        // Saved with the approval, in one write: the participant never counts on a declaration it does not show.
        if (outcome.Evidence is { Status: EvidenceStatus.Approved, Declaration: { } declaration })
        {
            Change(new ParticipantChanges(null, null, null, null, declaration.Products, null, declaration.ListPublicly, []), review.Reviewer);
        }

        return SaveIfChangedAsync(outcome);
    }

    public Task<EvidenceOutcome> DeleteEvidenceAsync(string evidenceId, string actor) =>
        !Exists ? Task.FromResult(EvidenceOutcome.SubjectNotFound) : SaveIfChangedAsync(Evidence.Delete(evidenceId, actor));

    public Task<EvidenceRecord[]> GetEvidenceAsync() => Task.FromResult(state.State.Evidence.ToArray());

    public Task<bool> HoldsEvidenceFileAsync(string evidenceId, string sha256) =>
        Task.FromResult(Evidence.Find(evidenceId)?.HoldsFile(sha256) == true);

    public async Task<UploadLink?> CreateUploadLinkAsync(UploadLinkDraft draft, string actor)
    {
        if (!Exists || Links.Create(draft, actor, time.GetUtcNow()) is not { } link)
        {
            return null;
        }

        await SaveAsync();
        return link;
    }

    public Task<UploadLink[]?> GetUploadLinksAsync() => Task.FromResult(Exists ? state.State.UploadLinks.ToArray() : null);

    public async Task<bool> RevokeUploadLinkAsync(string linkId, string actor)
    {
        var revoked = Exists ? Links.Revoke(linkId, actor, time.GetUtcNow()) : null;
        if (revoked == true)
        {
            await SaveAsync();
        }

        return revoked is not null;
    }

    public async Task<bool> OpensUploadLinkAsync(string linkId, string secretHash)
    {
        // An archived participant takes no more evidence: its links stop with it.
        if (!Exists || state.State.Archived || !Links.Opens(linkId, secretHash, time.GetUtcNow(), out var noted))
        {
            return false;
        }

        if (noted)
        {
            await SaveAsync();
        }

        return true;
    }

    private Ruleset Ruleset => rulesets.Get(state.State.Ruleset);

    private ParticipantFacts Facts() => StoredHistory.Facts(state.State, Id);

    private ParticipantView View(DateOnly asOf)
    {
        var facts = Facts();
        var evaluation = ParticipantRules.Evaluate(facts, Ruleset, vocabulary, asOf);
        return new ParticipantView(Id, state.State.Details!, asOf, evaluation.Qualifies, [.. evaluation.Reasons],
            [.. state.State.Evidence.Select(e => e with { Status = e.ToFacts().StatusOn(asOf) })],
            [.. state.State.Activities.OrderBy(a => a.Date)], facts.IsArchivedOn(asOf))
        {
            Gaps = [.. evaluation.Gaps],
            ArchivedOn = state.State.ArchivedOn,
        };
    }

    private async Task<EvidenceOutcome> SaveIfChangedAsync(EvidenceOutcome outcome)
    {
        if (outcome.Evidence is not null)
        {
            await SaveAndTellTownAsync();
        }

        return outcome;
    }

    /// <summary>Saves a change the town does not need to hear of.</summary>
    private async Task SaveAsync()
    {
        await state.SaveAsync();
        await Audit.FlushAsync();
    }

    private async Task SaveAndTellTownAsync()
    {
        state.State.TownUpdatePending = true;
        await state.SaveAsync();
        await Audit.FlushAsync();
        await TellTownAsync();
    }

    /// <summary>
    /// Hands the town this participant's new contribution. The change is saved already, so a town that cannot be
    /// reached does not fail the request: a timer tries again until it can (and so does the next activation).
    /// </summary>
    private async Task TellTownAsync()
    {
        var details = state.State.Details!;
        var entry = new ParticipantEntry(Id, details.Name, details.Kind, state.State.Archived,
            ParticipantRules.Contribute(Facts(), Ruleset, vocabulary), [.. state.State.Evidence.Select(e => e.ToSummary())], details.ListPublicly)
        {
            Address = details.Address,
            ArchivedOn = state.State.ArchivedOn,
        };
        try
        {
            await GrainFactory.Town(Town).RecordParticipantAsync(entry);
            state.State.TownUpdatePending = false;
            _townRetry?.Dispose();
            _townRetry = null;
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Town {Town} did not take the contribution of {Participant}; trying again", Town, Id);
            _townRetry ??= this.RegisterGrainTimer(TellTownAsync, new GrainTimerCreationOptions(TownRetryPeriod, TownRetryPeriod) { Interleave = false, KeepAlive = true });
        }
    }
}
