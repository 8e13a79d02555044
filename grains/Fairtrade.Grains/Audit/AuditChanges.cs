using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Fairtrade.Abstractions.Audit;

namespace Fairtrade.Grains.Audit;

/// <summary>Old → new of every top-level field that differs between two versions of a record (null: none before, or none after).</summary>
internal static class AuditChanges
{
    // Values keep the characters people typed ("Zürich", not "Z\u00FCrich"); pages encode them when they show them.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static Dictionary<string, FieldChange> Between<T>(T? before, T? after) where T : class
    {
        var old = Fields(before);
        var @new = Fields(after);
        var changes = new Dictionary<string, FieldChange>();
        foreach (var name in old.Keys.Union(@new.Keys))
        {
            var was = old.GetValueOrDefault(name);
            var now = @new.GetValueOrDefault(name);
            if (was != now)
            {
                changes[name] = new FieldChange(was, now);
            }
        }

        return changes;
    }

    private static Dictionary<string, string?> Fields<T>(T? record) where T : class =>
        record is null ? []
        : JsonSerializer.SerializeToNode(record, Json)!.AsObject()
            .Where(field => field.Value is not null)
            .ToDictionary(field => field.Key, field => (string?)field.Value!.ToJsonString(Json));
}
