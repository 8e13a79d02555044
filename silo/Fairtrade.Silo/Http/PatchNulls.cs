using System.Text.Json;
using System.Text.Json.Nodes;

namespace Fairtrade.Silo.Http;

/// <summary>
/// Which fields a PATCH body sets to <c>null</c> on purpose. Binding cannot tell "left out" (keep) from "null"
/// (clear), so PATCH bodies are buffered and read once more here.
/// </summary>
public static class PatchNulls
{
    public static WebApplication UsePatchBuffering(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (HttpMethods.IsPatch(context.Request.Method))
            {
                context.Request.EnableBuffering();
            }

            return next(context);
        });
        return app;
    }

    /// <summary>
    /// The fields of <paramref name="clearable"/> the body sets to null; or, when it sets any other field to null, the
    /// refusal naming it: such a field can be changed, not removed.
    /// </summary>
    public static async Task<(HashSet<string> Nulls, ValidationProblem? Refusal)> ReadAsync(HttpRequest request, params string[] clearable)
    {
        var body = await BodyAsync(request);
        var nulls = body?.Where(field => field.Value is null || field.Value.GetValueKind() == JsonValueKind.Null).Select(field => Name(field.Key)).ToHashSet() ?? [];
        return nulls.FirstOrDefault(field => !clearable.Contains(field)) is { } required
            ? (nulls, Problems.Field(required, ValidationTexts.Current.CannotRemove(required)))
            : (nulls, null);
    }

    /// <summary>The fields the body names, whatever their values.</summary>
    public static async Task<HashSet<string>> NamedAsync(HttpRequest request) =>
        (await BodyAsync(request))?.Select(field => Name(field.Key)).ToHashSet() ?? [];

    private static async Task<JsonObject?> BodyAsync(HttpRequest request)
    {
        request.Body.Position = 0;
        return await JsonNode.ParseAsync(request.Body) as JsonObject;
    }

    private static string Name(string key) => char.ToLowerInvariant(key[0]) + key[1..];
}
