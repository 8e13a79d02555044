using System.Globalization;

namespace Fairtrade.Client.Output;

/// <summary>Reading fields of the server's JSON for tables, tolerant of fields that are absent or null.</summary>
public static class JsonElements
{
    public static string Text(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? "",
            JsonValueKind.Null or JsonValueKind.Undefined => "",
            JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString())),
            JsonValueKind.Number => value.GetRawText(),
            _ => value.ToString(),
        } : "";

    public static bool Flag(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    public static IEnumerable<JsonElement> Items(this JsonElement element, string? name = null)
    {
        var array = name is null ? element : element.TryGetProperty(name, out var value) ? value : default;
        return array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];
    }

    /// <summary>A byte count as a person reads it.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KiB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB",
    };
}
