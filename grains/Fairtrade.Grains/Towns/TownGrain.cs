using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Audit;
using Fairtrade.Grains.Campaign;
using Fairtrade.Grains.Persistence;
using Fairtrade.Grains.Storage;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;
using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Grains.Towns;

/// <summary>
/// The town's activation, storage and lifetime. What it answers is split by responsibility: its profile
/// (TownGrain.Profile.cs), its participants' entries (TownGrain.Participants.cs), the town-level criteria
/// (TownGrain.Criteria.cs) and their evidence (TownGrain.Evidence.cs), and the status with the campaign row
/// (TownGrain.Status.cs).
/// </summary>
// Idle after 2 hours: status reads are the hot path and are served from memory only while the town is active, and
// its activation reads every participant's entry (about 20 ms for 2,000); a town of 100 holds about 0.1 MB.
[CollectionAgeLimit(Hours = 2)]
public sealed partial class TownGrain(
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
        await ResumeImportAsync();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Null when the activation itself failed.
        _computed?.Forget();
        return Task.CompletedTask;
    }

    public Task<string?> GetVersionAsync() => Task.FromResult(Profile is null ? Missing<string>() : $"{state.Etag}.{_activation}.{_entriesRecorded}");

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
