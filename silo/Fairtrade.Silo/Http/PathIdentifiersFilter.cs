namespace Fairtrade.Silo.Http;

/// <summary>
/// A slug or id in the path that is not an identifier names nothing: 404 before any handler or grain sees it, so no
/// malformed value ever becomes a grain key.
/// </summary>
public sealed class PathIdentifiersFilter : IEndpointFilter
{
    private static readonly string[] Names = ["slug", "id"];

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var name in Names)
        {
            if (context.HttpContext.Request.RouteValues.TryGetValue(name, out var value) && !Identifiers.IsValid(value as string))
            {
                return ValueTask.FromResult<object?>(Problems.NotFound($"{name} '{value}' here; identifiers are lower-case letters, digits and inner hyphens"));
            }
        }

        return next(context);
    }
}
