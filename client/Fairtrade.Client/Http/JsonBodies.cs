namespace Fairtrade.Client.Http;

public static class JsonBodies
{
    /// <summary>Adds a property only when the user gave it, so that a PATCH leaves the rest alone.</summary>
    public static JsonObject With(this JsonObject body, string name, JsonNode? value)
    {
        if (value is not null)
        {
            body[name] = value;
        }

        return body;
    }

    /// <summary>Strings as a JSON array.</summary>
    public static JsonArray Array(IEnumerable<string> values) => [.. values.Select(v => (JsonNode?)v)];
}
