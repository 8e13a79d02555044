using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Fairtrade.Grains.Storage;

/// <summary>The JSON that grain state and records are stored as.</summary>
public static class StoredJson
{
    // Enums are stored by name, so adding a value never changes the meaning of stored data.
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };
}
