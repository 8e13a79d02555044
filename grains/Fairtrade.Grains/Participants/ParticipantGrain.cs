using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Grains.Audit;
using Fairtrade.Grains.Persistence;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;
using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Grains.Participants;

/// <summary>
/// The participant's details, activities and archiving, and its storage. The rest is split by responsibility: its
/// evidence (ParticipantGrain.Evidence.cs), upload links (ParticipantGrain.UploadLinks.cs), erasure of personal data
/// (ParticipantGrain.Erasure.cs) and telling the town of its contribution (ParticipantGrain.Town.cs).
/// </summary>
// Idle after 10 minutes: a participant is asked for on a change or for its own page, its activation reads one small
// row, and a national campaign has 250,000 of them, most untouched for weeks.
[CollectionAgeLimit(Minutes = 10)]
public sealed partial class ParticipantGrain(
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
}
