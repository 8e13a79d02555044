using Fairtrade.Silo.Directories;

namespace Fairtrade.Silo.Http;

/// <summary>
/// A slug or id in the path that is not an identifier names nothing: 404 before any handler or grain sees it, so no
/// malformed value ever becomes a grain key. Nor does a slug the town directory does not list: a request for an
/// unknown town activates no grain and leaves nothing in memory.
/// </summary>
public sealed class PathIdentifiersFilter(KnownTowns towns) : IEndpointFilter
{
    private static readonly string[] Names = ["slug", "id"];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var name in Names)
        {
            if (context.HttpContext.Request.RouteValues.TryGetValue(name, out var value) && !Identifiers.IsValid(value as string))
            {
                return Problems.NotFound(t => t.NoSuchIdentifier(name, value));
            }
        }

        if (context.HttpContext.Request.RouteValues.TryGetValue("slug", out var slug) && !await towns.ContainsAsync((string)slug!))
        {
            return Problems.NotFound(t => t.NoTown((string)slug!));
        }

        return await next(context);
    }
}
