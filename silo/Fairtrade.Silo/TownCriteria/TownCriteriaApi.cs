using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.TownCriteria;
using Fairtrade.Silo.Participants;

namespace Fairtrade.Silo.TownCriteria;

/// <summary>The council resolution, the steering group and the press articles: the criteria the town holds itself.</summary>
public static class TownCriteriaApi
{
    public static RouteGroupBuilder MapTownCriteriaApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/towns/{slug}").WithTags("Council, steering group, media").AddEndpointFilter<PathIdentifiersFilter>();
        group.MapPut("/council", SetCouncilAsync).WithSummary("Set the council's resolution").RequireAuthorization(Policies.Coordinator);
        group.MapGet("/council", GetCouncilAsync).WithSummary("Read the council's resolution").RequireAuthorization(Policies.TownReader);
        group.MapPost("/steering-group", AddMemberAsync).WithSummary("Add a steering-group member").RequireAuthorization(Policies.Coordinator);
        group.MapGet("/steering-group", GetMembersAsync).WithSummary("List the steering group").RequireAuthorization(Policies.TownReader);
        group.MapDelete("/steering-group/{id}", RemoveMemberAsync).WithSummary("Remove a steering-group member")
            .RequireAuthorization(Policies.Coordinator);
        group.MapPost("/media", AddArticleAsync).WithSummary("Add a press article").RequireAuthorization(Policies.Coordinator);
        group.MapGet("/media", GetArticlesAsync).WithSummary("List the town's press articles");
        return group;
    }

    public static async Task<Results<Ok<CouncilResponse>, ProblemHttpResult>> SetCouncilAsync(
        string slug, SetCouncilRequest request, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar)
    {
        var town = grains.Town(slug);
        return await town.SetCouncilAsync(request.ResolutionAdoptedOn, ProductListAttribute.Normalize(request.ProductsServed), user.Actor()) is { } council
            ? TypedResults.Ok(await ResponseAsync(town, council, calendar.Today))
            : Problems.NotFound(t => t.NoTown(slug));
    }

    public static async Task<Results<Ok<CouncilResponse>, ProblemHttpResult>> GetCouncilAsync(string slug, IGrainFactory grains, CampaignCalendar calendar)
    {
        var town = grains.Town(slug);
        return await town.GetCouncilAsync() is { } council
            ? TypedResults.Ok(await ResponseAsync(town, council, calendar.Today))
            : Problems.NotFound(t => t.NoTown(slug));
    }

    public static async Task<Results<Created<SteeringGroupMember>, ProblemHttpResult>> AddMemberAsync(string slug, AddMemberRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        await grains.Town(slug).AddSteeringGroupMemberAsync(request.ToDraft(), user.Actor()) is { } member
            ? TypedResults.Created($"/api/towns/{slug}/steering-group/{member.Id}", member)
            : Problems.NotFound(t => t.NoTown(slug));

    public static async Task<Results<Ok<SteeringGroupMember[]>, ProblemHttpResult>> GetMembersAsync(string slug, IGrainFactory grains) =>
        await grains.Town(slug).GetSteeringGroupAsync() is { } members ? TypedResults.Ok(members) : Problems.NotFound(t => t.NoTown(slug));

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveMemberAsync(string slug, string id, ClaimsPrincipal user, IGrainFactory grains) =>
        await grains.Town(slug).RemoveSteeringGroupMemberAsync(id, user.Actor()) ? TypedResults.NoContent() : Problems.NotFound(t => t.NoMember(id, slug));

    public static async Task<Results<Created<MediaArticle>, ValidationProblem, ProblemHttpResult>> AddArticleAsync(
        string slug, AddArticleRequest request, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar)
    {
        if (Days.IsPastTomorrow(request.PublishedOn, calendar.Today))
        {
            return Problems.Field("publishedOn", t => t.ArticleTooLate);
        }

        return await grains.Town(slug).AddMediaArticleAsync(request.ToDraft(), user.Actor()) is { } article
            ? TypedResults.Created((string?)null, article)
            : Problems.NotFound(t => t.NoTown(slug));
    }

    public static async Task<Results<Ok<MediaArticle[]>, ProblemHttpResult>> GetArticlesAsync(string slug, IGrainFactory grains) =>
        await grains.Town(slug).GetMediaAsync() is { } articles ? TypedResults.Ok(articles) : Problems.NotFound(t => t.NoTown(slug));

    private static async Task<CouncilResponse> ResponseAsync(Abstractions.Towns.ITownGrain town, Council council, DateOnly today)
    {
        var evidence = (await town.GetEvidenceAsync()).Where(e => e.Subject == EvidenceSubjects.Council)
            .Select(e => e.ToSummary() with { Status = e.ToFacts().StatusOn(today) }).ToArray();
        return new CouncilResponse(council.ResolutionAdoptedOn, council.ProductsServed, evidence);
    }
}
