using System.Text.Json;

namespace Fairtrade.Silo.Files;

/// <summary>A <see cref="FileIntent"/> as the stores keep it, and read back only when whole and valid.</summary>
internal static class IntentJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static byte[] Write(FileIntent intent) => JsonSerializer.SerializeToUtf8Bytes(intent, Options);

    /// <summary>The intent in <paramref name="json"/>, or null unless it is a complete intent naming a SHA-256.</summary>
    public static FileIntent? Read(ReadOnlySpan<byte> json)
    {
        try
        {
            var intent = JsonSerializer.Deserialize<FileIntent>(json, Options);
            return Sha256Hex.IsValid(intent?.Sha256) ? intent : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
