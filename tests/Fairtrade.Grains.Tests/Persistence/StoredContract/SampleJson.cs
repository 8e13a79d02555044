using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Fairtrade.Grains.Storage;

namespace Fairtrade.Grains.Tests.Persistence.StoredContract;

/// <summary>
/// A value of a stored type in the storage's JSON with something in every member: variant <c>n</c> takes the
/// <c>n</c>-th value of each enum and alternates booleans, so a few variants together hold every value there is.
/// Rulesets are real ones, so that grains activate on the state.
/// </summary>
internal static class SampleJson
{
    private const int Deepest = 8;
    private static readonly DateTimeOffset Instant = new(2026, 11, 25, 9, 30, 15, 123, TimeSpan.Zero);

    /// <summary>How many variants it takes for every enum value to appear.</summary>
    public static int Variants { get; } = Math.Max(2, StoredTypes.Reachable().Where(t => t.IsEnum).Max(t => Enum.GetValues(t).Length));

    public static JsonNode? Of(Type type, int variant) => Of(type, "value", variant, 0);

    private static JsonNode? Of(Type type, string name, int variant, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Leaf(type, name, variant) is { } leaf)
        {
            return JsonSerializer.SerializeToNode(leaf, type, StoredJson.Options);
        }

        var info = StoredTypes.Info(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Object when depth < Deepest => new JsonObject(info.Properties.Select(p =>
                KeyValuePair.Create(p.Name, Of(p.PropertyType, p.Name, variant, depth + 1)))),
            JsonTypeInfoKind.Enumerable => new JsonArray(depth < Deepest
                ? [Of(info.ElementType!, name, variant, depth + 1), Of(info.ElementType!, name, variant + 1, depth + 1)]
                : []),
            JsonTypeInfoKind.Dictionary => new JsonObject(depth < Deepest
                ? [.. new[] { variant, variant + 1 }.Select(v => KeyValuePair.Create(Key(info.KeyType!, name, v), Of(info.ElementType!, name, v, depth + 1)))]
                : []),
            JsonTypeInfoKind.Object => null,
            _ => throw new NotSupportedException($"No sample for {type} in '{name}'."),
        };
    }

    private static string Key(Type type, string name, int variant) =>
        Leaf(type, name, variant) is { } key ? JsonSerializer.Serialize(key, type, StoredJson.Options).Trim('"')
        : throw new NotSupportedException($"No sample key of {type} in '{name}'.");

    private static object? Leaf(Type type, string name, int variant) => type switch
    {
        _ when type.IsEnum => Enum.GetValues(type).GetValue(variant % Enum.GetValues(type).Length),
        _ when type == typeof(string) => name.Equals("ruleset", StringComparison.OrdinalIgnoreCase) ? "de-town" : $"{name}-{variant}",
        _ when type == typeof(bool) => variant % 2 == 0,
        _ when type == typeof(int) => 1 + variant,
        _ when type == typeof(long) => 1_000_000_000_000L + variant,
        _ when type == typeof(double) => 1.5 + variant,
        _ when type == typeof(decimal) => 2.25m + variant,
        _ when type == typeof(DateOnly) => DateOnly.FromDateTime(Instant.UtcDateTime).AddDays(variant),
        _ when type == typeof(DateTimeOffset) => Instant.AddHours(variant),
        _ when type == typeof(DateTime) => Instant.UtcDateTime.AddHours(variant),
        _ when type == typeof(TimeSpan) => TimeSpan.FromMinutes(1 + variant),
        _ when type == typeof(byte[]) => new byte[] { (byte)variant, 0xfa, 0x1e },
        _ when type == typeof(Guid) => new Guid(1 + variant, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
        _ => null,
    };
}
