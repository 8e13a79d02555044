using Fairtrade.Abstractions.CalendarFeed;
using Fairtrade.Silo.Web;

namespace Fairtrade.Silo.CalendarFeed;

/// <summary>
/// Links to a town's calendar feed. A feed is a way of reading the town, so whoever reads it in full may make one, list
/// them and revoke them: its coordinators, its steering group, the campaign office and the admin.
/// </summary>
public static class CalendarLinksApi
{
    public static RouteGroupBuilder MapCalendarLinksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/towns/{slug}/calendar-links").WithTags("Calendar")
            .RequireAuthorization(Policies.TownReader).AddEndpointFilter<PathIdentifiersFilter>();
        group.MapPost("/", CreateAsync).WithSummary("Create a calendar feed link");
        group.MapGet("/", ListAsync).WithSummary("List the town's calendar feed links");
        group.MapDelete("/{linkId}", RevokeAsync).WithSummary("Revoke a calendar feed link");
        return group;
    }

    /// <summary>A new link; its <c>url</c>, the feed to subscribe to, is shown in this answer only.</summary>
    public static async Task<Results<Created<CreatedCalendarLinkResponse>, ValidationProblem>> CreateAsync(
        string slug, CreateCalendarLinkRequest? request, PublicAddress address, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar)
    {
        if (CredentialExpiry.TryResolve(request?.ExpiresOn, CalendarLink.MaxLifetime, calendar, out var expiresAt) is { } refusal)
        {
            return refusal;
        }

        var secret = TokenSecret.New();
        var link = await grains.CalendarLinks(slug).CreateAsync(TokenSecret.Hash(secret), expiresAt, user.Actor());
        var url = address.Of(CalendarFeedApi.PathOf(slug, link.Id, secret));
        return TypedResults.Created($"/api/towns/{slug}/calendar-links/{link.Id}", new CreatedCalendarLinkResponse(link.Id, url, link.ExpiresAt));
    }

    /// <summary>The town's calendar links, oldest first, revoked ones too.</summary>
    public static async Task<Ok<CalendarLinkResponse[]>> ListAsync(string slug, IGrainFactory grains) =>
        TypedResults.Ok((await grains.CalendarLinks(slug).GetLinksAsync()).OrderBy(l => l.CreatedAt).Select(CalendarLinkResponse.From).ToArray());

    /// <summary>Revokes the link: its feed answers 404 from now on.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(string slug, string linkId, ClaimsPrincipal user, IGrainFactory grains) =>
        await grains.CalendarLinks(slug).RevokeAsync(linkId, user.Actor())
            ? TypedResults.NoContent()
            : Problems.NotFound(t => t.NoCalendarLink(linkId, slug));
}
