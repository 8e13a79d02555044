using Fairtrade.Abstractions.Participants;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Silo.Participants;

public static class ParticipantsApi
{
    public static RouteGroupBuilder MapParticipantsApi(this IEndpointRouteBuilder routes)
    {
        // A participant's upload link reads its own entry; the steering group reads them all; changes are the coordinator's.
        routes.MapGroup("/api/towns/{slug}/participants").WithTags("Participants").RequireAuthorization(Policies.TownReaderOrParticipant)
            .AddEndpointFilter<PathIdentifiersFilter>()
            .MapGet("/{id}", GetAsync).WithSummary("Read a participant");
        // A link changes its own contact and products (LinkEdits); everything else about a participant is the coordinator's.
        routes.MapGroup("/api/towns/{slug}/participants").WithTags("Participants").RequireAuthorization(Policies.CoordinatorOrParticipant)
            .AddEndpointFilter<PathIdentifiersFilter>()
            .MapPatch("/{id}", UpdateAsync).WithSummary("Change a participant");
        routes.MapGroup("/api/towns/{slug}/participants").WithTags("Participants").RequireAuthorization(Policies.TownReader)
            .AddEndpointFilter<PathIdentifiersFilter>()
            .MapGet("/", ListAsync).WithSummary("List a town's participants");
        var group = routes.MapGroup("/api/towns/{slug}/participants").WithTags("Participants").RequireAuthorization(Policies.Coordinator)
            .AddEndpointFilter<PathIdentifiersFilter>();
        group.MapPost("/", CreateAsync).WithSummary("Add a participant");
        group.MapDelete("/{id}", ArchiveAsync).WithSummary("Archive a participant")
            .WithDescription("Archives the participant from ?archivedOn=yyyy-MM-dd (default today, at most tomorrow): it counts on the "
                + "days before, not from that day on, and keeps its history. An earlier day corrects the past; an archived participant's "
                + "day only ever moves earlier.");
        group.MapDelete("/{id}/personal-data", ErasePersonalDataAsync).WithSummary("Erase a participant's personal data")
            .WithDescription("Erases the participant's contact and the names of its evidence files, wherever they are stored "
                + "(the audit trail keeps that it happened, not the data); the participant stays, with its evidence.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/activities", AddActivityAsync).WithSummary("Record a participant's activity");
        return group;
    }

    public static async Task<Results<Created<ParticipantResponse>, ProblemHttpResult>> CreateAsync(
        string slug, CreateParticipantRequest request, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar)
    {
        if (await grains.Town(slug).GetProfileAsync() is not { } town)
        {
            return Problems.NotFound(t => t.NoTown(slug));
        }

        var details = request.ToDetails();
        if (await grains.Town(slug).CreateParticipantAsync(request.Id, details, user.Actor()) is not { } id)
        {
            return Problems.Conflict(t => t.ParticipantExists(request.Id ?? ParticipantIds.FromName(details.Name), slug));
        }

        var view = (await grains.Participant(slug, id).GetAsync(calendar.Today))!;
        return TypedResults.Created($"/api/towns/{slug}/participants/{id}", ParticipantResponse.From(view));
    }

    public static async Task<Results<Ok<ParticipantResponse[]>, ProblemHttpResult>> ListAsync(
        string slug, [KebabName<ParticipantKind>] string? kind, [Day] string? asOf, [ValueOf<bool>] string? includeArchived, IGrainFactory grains, CampaignCalendar calendar)
    {
        var wanted = KebabEnum.Checked<ParticipantKind>(kind);
        var day = Days.AsOf(asOf, calendar);
        var town = grains.Town(slug);
        if (await town.GetProfileAsync() is null)
        {
            return Problems.NotFound(t => t.NoTown(slug));
        }

        var entries = (await town.GetParticipantsAsync())
            .Where(p => (wanted is null || p.Kind == wanted) && (CheckedValue.Of<bool>(includeArchived) == true || !p.IsArchivedOn(day)));
        var views = await Task.WhenAll(entries.Select(p => grains.Participant(slug, p.Id).GetAsync(day)));
        return TypedResults.Ok(views.OfType<ParticipantView>().Select(ParticipantResponse.From).ToArray());
    }

    public static async Task<Results<Ok<ParticipantResponse>, ProblemHttpResult>> GetAsync(
        string slug, string id, [Day] string? asOf, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar) =>
        user.IsParticipantLink() && !user.MayActFor(slug, id) ? Problems.Forbidden(t => t.LinkReadsOwnOnly)
        : await grains.Participant(slug, id).GetAsync(Days.AsOf(asOf, calendar)) is { } view
            ? TypedResults.Ok(ParticipantResponse.From(view))
            : Problems.NotFound(t => t.NoParticipant(id, slug));

    public static async Task<Results<Ok<ParticipantResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string slug, string id, UpdateParticipantRequest request, HttpRequest http, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar)
    {
        if (await LinkEdits.RefusalAsync(user, slug, id, http) is { } refused)
        {
            return refused;
        }

        var (nulls, cannotRemove) = await PatchNulls.ReadAsync(http, UpdateParticipantRequest.Clearable);
        if (cannotRemove is not null)
        {
            return cannotRemove;
        }

        return await grains.Participant(slug, id).UpdateAsync(request.ToChanges(nulls), calendar.Today, user.Actor()) is { } view
            ? TypedResults.Ok(ParticipantResponse.From(view))
            : Problems.NotFound(t => t.NoParticipant(id, slug));
    }

    /// <summary>Archives from <paramref name="archivedOn"/> (default today): an earlier day corrects the past, and the audit trail keeps it.</summary>
    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ArchiveAsync(
        string slug, string id, [Day] string? archivedOn, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar)
    {
        var day = Days.Parse(archivedOn) ?? calendar.Today;

        // Archiving records that a participant is gone, at most a day ahead (a café closing tonight), not a plan.
        if (Days.IsPastTomorrow(day, calendar.Today))
        {
            return Problems.Field("archivedOn", t => t.ArchivedTooLate);
        }

        return await grains.Participant(slug, id).ArchiveAsync(day, user.Actor()) ? TypedResults.NoContent() : Problems.NotFound(t => t.NoParticipant(id, slug));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ErasePersonalDataAsync(string slug, string id, ClaimsPrincipal user, IGrainFactory grains) =>
        await grains.Participant(slug, id).ErasePersonalDataAsync(user.Actor()) ? TypedResults.NoContent() : Problems.NotFound(t => t.NoParticipant(id, slug));

    public static async Task<Results<Created<Activity>, ValidationProblem, ProblemHttpResult>> AddActivityAsync(
        string slug, string id, AddActivityRequest request, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar)
    {
        // A planned activity would otherwise count already, and in the 60-day look-ahead.
        if (Days.IsPastTomorrow(request.Date, calendar.Today))
        {
            return Problems.Field("date", t => t.ActivityTooLate);
        }

        return await grains.Participant(slug, id).AddActivityAsync(request.Date!.Value, request.Title!.Trim(), user.Actor()) is { } activity
            ? TypedResults.Created((string?)null, activity)
            : Problems.NotFound(t => t.NoParticipant(id, slug));
    }
}
