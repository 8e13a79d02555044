using System.Security.Cryptography;
using System.Text.Json;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Status;

namespace Fairtrade.Grains.Towns;

/// <summary>
/// Encodes a status as the API's JSON, so the town can keep it ready to send. The silo hands in the API's own
/// serializer options; the default spells the same (it serves silos without HTTP, such as the grains' tests).
/// </summary>
public sealed class StatusJson(JsonSerializerOptions options)
{
    public StatusDocument Encode(StatusReport status)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(status, options);
        // A strong tag of the bytes: equal documents, on any silo and after any restart, share it; 96 bits are plenty.
        return new StatusDocument(json, $"\"{Convert.ToHexStringLower(SHA256.HashData(json).AsSpan(0, 12))}\"");
    }
}
