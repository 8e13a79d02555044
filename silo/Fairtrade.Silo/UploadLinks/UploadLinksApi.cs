using Fairtrade.Abstractions.UploadLinks;
using Fairtrade.Grains.Persistence;
using Fairtrade.Silo.Web;

namespace Fairtrade.Silo.UploadLinks;

public static class UploadLinksApi
{
    public static RouteGroupBuilder MapUploadLinksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/towns/{slug}/participants/{id}/upload-links").WithTags("Upload links")
            .RequireAuthorization(Policies.Coordinator).AddEndpointFilter<PathIdentifiersFilter>();
        group.MapPost("/", CreateAsync).WithSummary("Create an upload link for a participant");
        group.MapGet("/", ListAsync).WithSummary("List a participant's upload links");
        group.MapDelete("/{linkId}", RevokeAsync).WithSummary("Revoke an upload link");
        return group;
    }

    public static async Task<Results<Created<CreatedUploadLinkResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        string slug, string id, CreateUploadLinkRequest? request, PublicAddress address, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar)
    {
        if (CredentialExpiry.TryResolve(request?.ExpiresOn, UploadLink.MaxLifetime, calendar, out var expiresAt) is { } refusal)
        {
            return refusal;
        }

        var token = UploadLinkToken.New(slug, id, Ids.New());
        var link = await grains.Participant(slug, id).CreateUploadLinkAsync(new UploadLinkDraft(token.LinkId, token.SecretHash, expiresAt), user.Actor());
        if (link is null)
        {
            return Problems.NotFound(t => t.NoParticipant(id, slug));
        }

        // In the fragment, which browsers never send: the token stays out of server and proxy logs and Referer headers.
        var url = address.Of($"upload#{token.Value}");
        return TypedResults.Created($"/api/towns/{slug}/participants/{id}/upload-links/{link.Id}", new CreatedUploadLinkResponse(link.Id, token.Value, url, link.ExpiresAt, QrCodes.Svg(url)));
    }

    public static async Task<Results<Ok<UploadLinkResponse[]>, ProblemHttpResult>> ListAsync(string slug, string id, IGrainFactory grains) =>
        await grains.Participant(slug, id).GetUploadLinksAsync() is { } links
            ? TypedResults.Ok(links.OrderBy(l => l.CreatedAt).Select(UploadLinkResponse.From).ToArray())
            : Problems.NotFound(t => t.NoParticipant(id, slug));

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(string slug, string id, string linkId, ClaimsPrincipal user, IGrainFactory grains) =>
        await grains.Participant(slug, id).RevokeUploadLinkAsync(linkId, user.Actor())
            ? TypedResults.NoContent()
            : Problems.NotFound(t => t.NoUploadLink(linkId, id, slug));
}
