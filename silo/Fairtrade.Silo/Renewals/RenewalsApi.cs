using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Renewals;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Silo.Exports;

namespace Fairtrade.Silo.Renewals;

/// <summary>
/// The renewal cycle: the campaign office invites a town, the coordinator submits (the workbook and status of that
/// day are frozen), the campaign decides.
/// </summary>
public static class RenewalsApi
{
    public static RouteGroupBuilder MapRenewalsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/towns/{slug}/renewals").WithTags("Renewals").AddEndpointFilter<PathIdentifiersFilter>();
        group.MapPost("/", InviteAsync).WithSummary("Invite the town to renew").RequireAuthorization(Policies.Campaign);
        group.MapGet("/", ListAsync).WithSummary("List the town's renewals").RequireAuthorization(Policies.TownReader);
        group.MapGet("/{id}", GetAsync).WithSummary("Read a renewal").RequireAuthorization(Policies.TownReader);
        group.MapPost("/{id}/submission", SubmitAsync).WithSummary("Submit the renewal").RequireAuthorization(Policies.Coordinator);
        group.MapGet("/{id}/submission.xlsx", SubmittedWorkbookAsync).WithSummary("Download the submitted workbook")
            .RequireAuthorization(Policies.TownReader)
            .Produces(StatusCodes.Status200OK, contentType: WorkbookFile.ContentType);
        group.MapGet("/{id}/submission/status", SubmittedStatusAsync).WithSummary("Read the status as submitted")
            .RequireAuthorization(Policies.TownReader)
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        group.MapPost("/{id}/decision", DecideAsync).WithSummary("Decide on a renewal").RequireAuthorization(Policies.Campaign);
        return group;
    }

    public static async Task<Results<Created<Renewal>, ValidationProblem, ProblemHttpResult>> InviteAsync(
        string slug, InviteRenewalRequest request, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar)
    {
        if (Days.IsPastTomorrow(request.InvitedOn, calendar.Today))
        {
            return Problems.Field("invitedOn", t => t.InvitedTooLate);
        }

        var outcome = await grains.Renewals(slug).InviteAsync(request.InvitedOn!.Value, user.Actor());
        return outcome.Renewal is { } renewal ? TypedResults.Created(Location(slug, renewal), renewal) : Refusal(slug, outcome.Failure);
    }

    public static async Task<Ok<Renewal[]>> ListAsync(string slug, IGrainFactory grains) => TypedResults.Ok(await grains.Renewals(slug).ListAsync());

    public static async Task<Results<Ok<Renewal>, ProblemHttpResult>> GetAsync(string slug, string id, IGrainFactory grains) =>
        await FindAsync(grains, slug, id) is { } renewal ? TypedResults.Ok(renewal) : Problems.NotFound(t => t.NoRenewal(id, slug));

    public static async Task<Results<Created<Renewal>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        string slug, string id, ClaimsPrincipal user, IGrainFactory grains, RulesetCatalog rulesets, ProductVocabulary vocabulary, IAuditLog audit,
        CampaignCalendar calendar, CancellationToken cancellationToken)
    {
        // Refused before the workbook is built, which reads every participant; the grain checks again.
        var renewal = await FindAsync(grains, slug, id);
        if (renewal is null || renewal.SubmittedOn is not null || renewal.Decision is not null)
        {
            return Refusal(slug, renewal is null ? RenewalFailure.RenewalNotFound
                : renewal.SubmittedOn is not null ? RenewalFailure.AlreadySubmitted : RenewalFailure.AlreadyDecided);
        }

        var today = calendar.Today;
        if (await RenewalData.LoadAsync(grains, rulesets, audit, calendar, slug, today, cancellationToken) is not { } data
            || await grains.Town(slug).GetStatusDocumentAsync(today, listedOnly: false) is not { } status)
        {
            return Problems.NotFound(t => t.NoTown(slug));
        }

        var frozen = new FrozenSubmission(today, WorkbookFile.Renewal(data, null, vocabulary, calendar), status.Json);
        var outcome = await grains.Renewals(slug).SubmitAsync(id, frozen, user.Actor());
        return outcome.Renewal is { } submitted ? TypedResults.Created(Location(slug, submitted), submitted)
            : outcome.Failure == RenewalFailure.BeforeInvitation ? Problems.Conflict(t => t.RenewalNotYetInvited)
            : Refusal(slug, outcome.Failure);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SubmittedWorkbookAsync(string slug, string id, IGrainFactory grains) =>
        await FrozenAsync(grains, slug, id) is { } frozen
            ? TypedResults.File(frozen.Workbook, WorkbookFile.ContentType, $"renewal-{slug}-{frozen.AsOf:yyyy-MM-dd}.xlsx")
            : Problems.NotFound(t => t.NoSubmission(id, slug));

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SubmittedStatusAsync(string slug, string id, IGrainFactory grains) =>
        await FrozenAsync(grains, slug, id) is { } frozen
            ? TypedResults.File(frozen.Status, "application/json")
            : Problems.NotFound(t => t.NoSubmission(id, slug));

    public static async Task<Results<Ok<Renewal>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        string slug, string id, DecideRenewalRequest request, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar)
    {
        if (Days.IsPastTomorrow(request.DecidedOn, calendar.Today))
        {
            return Problems.Field("decidedOn", t => t.DecidedTooLate);
        }

        var outcome = await grains.Renewals(slug).DecideAsync(id, request.Decision!.Value, request.DecidedOn!.Value, request.Comment?.Trim(), user.Actor());
        return outcome.Renewal is { } decided ? TypedResults.Ok(decided)
            : outcome.Failure == RenewalFailure.BeforeInvitation ? Problems.Field("decidedOn", t => t.DecidedBeforeInvitation)
            : Refusal(slug, outcome.Failure);
    }

    private static async Task<Renewal?> FindAsync(IGrainFactory grains, string slug, string id) =>
        (await grains.Renewals(slug).ListAsync()).FirstOrDefault(r => r.Id == id);

    /// <summary>Only a renewal that says it was submitted has a submission: a copy a crash left half-way is never shown.</summary>
    private static async Task<FrozenSubmission?> FrozenAsync(IGrainFactory grains, string slug, string id) =>
        await FindAsync(grains, slug, id) is { SubmittedOn: not null }
            ? await grains.RenewalSubmission(slug, id).GetAsync()
            : null;

    private static string Location(string slug, Renewal renewal) => $"/api/towns/{slug}/renewals/{renewal.Id}";

    private static ProblemHttpResult Refusal(string slug, RenewalFailure? failure) => failure switch
    {
        RenewalFailure.EarlierRenewalOpen => Problems.Conflict(t => t.EarlierRenewalOpen),
        RenewalFailure.AlreadySubmitted => Problems.Conflict(t => t.RenewalSubmitted),
        RenewalFailure.AlreadyDecided => Problems.Conflict(t => t.RenewalDecided),
        RenewalFailure.TownNotFound => Problems.NotFound(t => t.NoTown(slug)),
        _ => Problems.NotFound(t => t.NoSuchRenewal(slug)),
    };
}
