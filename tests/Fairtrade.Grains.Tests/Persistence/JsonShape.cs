using System.Text.Json.Nodes;

namespace Fairtrade.Grains.Tests.Persistence;

internal static class JsonShape
{
    /// <summary>
    /// <paramref name="actual"/> with only the fields <paramref name="shape"/> has: what was added since an earlier
    /// version wrote <paramref name="shape"/> does not make the two differ, what is missing does.
    /// </summary>
    public static JsonNode? Shaped(JsonNode? actual, JsonNode? shape) => (actual, shape) switch
    {
        (JsonObject fields, JsonObject wanted) => new JsonObject(wanted.Select(field =>
            KeyValuePair.Create(field.Key, Shaped(fields[field.Key], field.Value)))),
        (JsonArray items, JsonArray wanted) when items.Count == wanted.Count => new JsonArray([.. items.Select((item, i) => Shaped(item, wanted[i]))]),
        _ => actual?.DeepClone(),
    };
}
