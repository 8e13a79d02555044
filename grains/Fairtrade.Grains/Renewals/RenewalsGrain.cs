using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Renewals;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Audit;
using Fairtrade.Grains.Persistence;
using Fairtrade.Rules.Rulesets;
using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Grains.Renewals;

public sealed class RenewalsGrain(
    [PersistentState(StateNames.Renewals, StorageNames.Main)] IPersistentState<RenewalsState> state,
    RulesetCatalog rulesets,
    [FromKeyedServices(CampaignClock.ServiceKey)] TimeProvider time,
    IAuditLog auditLog,
    ILogger<RenewalsGrain> logger) : Grain, IRenewalsGrain
{
    private string Slug => this.GetPrimaryKeyString();

    private ITownGrain Town => GrainFactory.Town(Slug);

    private List<Renewal> Renewals => state.State.Renewals;

    private AuditOutbox Audit => new(state.State.PendingAudit, auditLog, Slug, time, logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken) => Audit.FlushAsync();

    public async Task<RenewalOutcome> InviteAsync(DateOnly invitedOn, string actor)
    {
        if (await Town.GetProfileAsync() is not { } profile)
        {
            return RenewalOutcome.Refused(RenewalFailure.TownNotFound);
        }

        if (Renewals.Any(r => r.Decision is null))
        {
            return RenewalOutcome.Refused(RenewalFailure.EarlierRenewalOpen);
        }

        var answerWeeks = rulesets.Get(profile.Ruleset).Renewal.AnswerWeeks;
        var renewal = new Renewal(Ids.New(), invitedOn, invitedOn.AddDays(7 * answerWeeks), actor);
        return await SaveAsync(null, renewal, actor, "renewal.invited");
    }

    public Task<Renewal[]> ListAsync() => Task.FromResult(Renewals.ToArray());

    public async Task<RenewalOutcome> SubmitAsync(string renewalId, FrozenSubmission submission, string actor)
    {
        if (Find(renewalId) is not { } renewal)
        {
            return RenewalOutcome.Refused(RenewalFailure.RenewalNotFound);
        }

        if (renewal.SubmittedOn is not null || renewal.Decision is not null)
        {
            return RenewalOutcome.Refused(renewal.SubmittedOn is not null ? RenewalFailure.AlreadySubmitted : RenewalFailure.AlreadyDecided);
        }

        if (submission.AsOf < renewal.InvitedOn)
        {
            return RenewalOutcome.Refused(RenewalFailure.BeforeInvitation);
        }

        // Frozen first: a crash between the two writes leaves a renewal not yet submitted, which takes the next
        // submission (overwriting the frozen copy nobody could see); once the renewal says submitted, nothing does.
        await GrainFactory.RenewalSubmission(Slug, renewalId).StoreAsync(submission);
        var submitted = renewal with { SubmittedOn = submission.AsOf, SubmittedBy = actor, Late = submission.AsOf > renewal.Deadline };
        return await SaveAsync(renewal, submitted, actor, "renewal.submitted");
    }

    public async Task<RenewalOutcome> DecideAsync(string renewalId, RenewalDecision decision, DateOnly decidedOn, string? comment, string actor)
    {
        if (Find(renewalId) is not { } renewal)
        {
            return RenewalOutcome.Refused(RenewalFailure.RenewalNotFound);
        }

        if (renewal.Decision is not null)
        {
            return RenewalOutcome.Refused(RenewalFailure.AlreadyDecided);
        }

        if (decidedOn < renewal.InvitedOn)
        {
            return RenewalOutcome.Refused(RenewalFailure.BeforeInvitation);
        }

        // The town's dates first: should saving the decision fail, deciding again moves them to the same day.
        if (decision is not RenewalDecision.Denied && !await StartTitlePeriodAsync(decidedOn, actor))
        {
            return RenewalOutcome.Refused(RenewalFailure.TownNotFound);
        }

        var decided = renewal with { Decision = decision, DecidedOn = decidedOn, DecidedBy = actor, Comment = comment };
        return await SaveAsync(renewal, decided, actor, "renewal.decided");
    }

    /// <summary>A renewal starts the next title period; a town that never held the title is awarded it.</summary>
    private async Task<bool> StartTitlePeriodAsync(DateOnly decidedOn, string actor)
    {
        if (await Town.GetProfileAsync() is not { } profile)
        {
            return false;
        }

        var changes = profile.TitleAwardedOn is null
            ? new TownChanges(null, null, null, decidedOn, null, [])
            : new TownChanges(null, null, null, null, decidedOn, []);
        return await Town.UpdateAsync(changes, actor) is not null;
    }

    private Renewal? Find(string renewalId) => Renewals.Find(r => r.Id == renewalId);

    private async Task<RenewalOutcome> SaveAsync(Renewal? before, Renewal after, string actor, string action)
    {
        if (before is null)
        {
            Renewals.Add(after);
        }
        else
        {
            Renewals[Renewals.IndexOf(before)] = after;
        }

        Audit.Record(actor, action, Slug, AuditChanges.Between(before, after));
        await state.SaveAsync();
        await Audit.FlushAsync();
        await Town.RefreshCampaignRowAsync();
        return RenewalOutcome.Done(after);
    }
}
