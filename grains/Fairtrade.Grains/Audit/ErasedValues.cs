using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fairtrade.Abstractions.Audit;

namespace Fairtrade.Grains.Audit;

/// <summary>
/// Takes erased personal data (a contact's name, address, phone, a file's name) out of stored text: a text or a JSON
/// string that holds one of the values, in any case, becomes <see cref="Marker"/>; the JSON around it keeps its shape.
/// </summary>
public sealed class ErasedValues(IEnumerable<string?> values)
{
    public const string Marker = "(erased)";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string[] _values = [.. values.Where(v => !string.IsNullOrWhiteSpace(v) && v != Marker).Select(v => v!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];

    public IReadOnlyList<string> Values => _values;

    public bool Hold(string? text) => text is not null && _values.Any(v => text.Contains(v, StringComparison.OrdinalIgnoreCase));

    /// <summary>Free text with each value replaced by the marker.</summary>
    public string? Scrub(string? text) =>
        Hold(text) ? _values.Aggregate(text!, (scrubbed, v) => scrubbed.Replace(v, Marker, StringComparison.OrdinalIgnoreCase)) : text;

    /// <summary>An audit entry whose field values no longer hold any of the values.</summary>
    public AuditEntry Scrub(AuditEntry entry) => entry with
    {
        Changes = entry.Changes.ToDictionary(f => f.Key, f => new FieldChange(ScrubJson(f.Value.Old), ScrubJson(f.Value.New))),
    };

    public bool Hold(AuditEntry entry) => entry.Changes.Values.Any(c => Hold(c.Old) || Hold(c.New));

    /// <summary>A field value (JSON text): each string in it that holds a value becomes the marker.</summary>
    private string? ScrubJson(string? value)
    {
        if (!Hold(value))
        {
            return value;
        }

        try
        {
            var root = JsonNode.Parse(value!);
            if (IsHeldText(root))
            {
                return JsonSerializer.Serialize(Marker, Json);
            }

            ScrubWithin(root);
            return root?.ToJsonString(Json);
        }
        catch (JsonException)
        {
            return JsonSerializer.Serialize(Marker, Json);
        }
    }

    private void ScrubWithin(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj.ToArray())
            {
                if (IsHeldText(child))
                {
                    obj[name] = Marker;
                }
                else
                {
                    ScrubWithin(child);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (IsHeldText(array[i]))
                {
                    array[i] = Marker;
                }
                else
                {
                    ScrubWithin(array[i]);
                }
            }
        }
    }

    private bool IsHeldText(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) && Hold(text);
}
