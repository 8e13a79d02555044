using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Audit;
using Fairtrade.Grains.Evidence;
using Fairtrade.Grains.Persistence;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fairtrade.Grains.Participants;

public sealed class ParticipantGrain(
    [PersistentState(StateNames.Participant, StorageNames.Main)] IPersistentState<ParticipantState> state,
    RulesetCatalog rulesets,
    ProductVocabulary vocabulary,
    [FromKeyedServices(CampaignClock.ServiceKey)] TimeProvider time,
    IAuditLog auditLog,
    ILogger<ParticipantGrain> logger) : Grain, IParticipantGrain
{
    private string Town => this.GetPrimaryKeyString().Split('/')[0];

    private string Id => this.GetPrimaryKeyString().Split('/')[1];

    private bool Exists => state.State.Details is not null;

    private AuditOutbox Audit => new(state.State.PendingAudit, auditLog, Town, time, logger);

    private static readonly TimeSpan TownRetryPeriod = TimeSpan.FromSeconds(10);
    private IGrainTimer? _townRetry;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
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

        var before = state.State.Details!;
        state.State.Details = changes.ApplyTo(before);
        Audit.Record(actor, "participant.updated", Id, AuditChanges.Between(before, state.State.Details));
        await SaveAndTellTownAsync();
        return View(asOf);
    }

    public async Task<bool> ArchiveAsync(string actor)
    {
        if (!Exists)
        {
            return false;
        }

        if (!state.State.Archived)
        {
            Audit.Record(actor, "participant.archived", Id, new() { ["archived"] = new FieldChange("false", "true") });
        }

        state.State.Archived = true;
        await SaveAndTellTownAsync();
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

    public async Task<EvidenceOutcome> SubmitEvidenceAsync(EvidenceSubmission submission)
    {
        if (!Exists || submission.Subject != Id)
        {
            return EvidenceOutcome.SubjectNotFound;
        }

        var record = new EvidenceLog(state.State.Evidence).Submit(submission, Ruleset, time.GetUtcNow());
        Audit.Record(submission.SubmittedBy, "evidence.submitted", Id, AuditChanges.Between(null, record));
        await SaveAndTellTownAsync();
        return new EvidenceOutcome(record);
    }

    public Task<EvidenceRecord[]> GetEvidenceAsync() => Task.FromResult(state.State.Evidence.ToArray());

    private Ruleset Ruleset => rulesets.Get(state.State.Ruleset);

    private ParticipantFacts Facts()
    {
        var details = state.State.Details!;
        return new ParticipantFacts(Id, details.Kind, details.Products, [.. state.State.Activities.Select(a => a.Date)],
            [.. state.State.Evidence.Select(e => e.ToFacts())], state.State.Archived);
    }

    private ParticipantView View(DateOnly asOf)
    {
        var evaluation = ParticipantRules.Evaluate(Facts(), Ruleset, vocabulary, asOf);
        return new ParticipantView(Id, state.State.Details!, asOf, evaluation.Qualifies, [.. evaluation.Reasons],
            [.. state.State.Evidence.Select(e => e.ToSummary() with { Status = e.ToFacts().StatusOn(asOf) })],
            [.. state.State.Activities.OrderBy(a => a.Date)], state.State.Archived);
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
            ParticipantRules.Contribute(Facts(), Ruleset, vocabulary), [.. state.State.Evidence.Select(e => e.ToSummary())], details.ListPublicly);
        try
        {
            await GrainFactory.GetGrain<ITownGrain>(Town).RecordParticipantAsync(entry);
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
