using System.Text.Json;

namespace Fairtrade.Silo.Files;

/// <summary>The small JSON file that records a <see cref="FileIntent"/> next to its upload, written so it survives a crash.</summary>
internal static class IntentFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static async Task WriteAsync(string path, FileIntent intent)
    {
        var pending = Incoming.PendingPathOf(path);
        try
        {
            await using (var stream = new FileStream(pending, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous))
            {
                await JsonSerializer.SerializeAsync(stream, intent, Options);
                stream.Flush(flushToDisk: true);
            }

            File.Move(pending, path, overwrite: true);
        }
        catch
        {
            File.Delete(pending);
            throw;
        }
    }

    /// <summary>The intent stored at <paramref name="path"/>, or null if the file is not a complete, valid intent.</summary>
    public static async Task<FileIntent?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var intent = JsonSerializer.Deserialize<FileIntent>(await File.ReadAllBytesAsync(path, cancellationToken), Options);
            return Sha256Hex.IsValid(intent?.Sha256) ? intent : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
