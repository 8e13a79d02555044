using Fairtrade.Silo.Hosting;

namespace Fairtrade.Silo.Files.Disk;

/// <summary>The small JSON file that records a <see cref="FileIntent"/> next to its upload, written so it survives a crash.</summary>
internal static class IntentFile
{
    public static async Task WriteAsync(string path, FileIntent intent)
    {
        var pending = Incoming.PendingPathOf(path);
        try
        {
            await using (var stream = new FileStream(pending, OwnerOnly.NewFile(FileMode.Create, FileOptions.Asynchronous)))
            {
                await stream.WriteAsync(IntentJson.Write(intent));
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

    /// <summary>The intent at <paramref name="path"/>, or null if there is none there any more or it is not complete and valid.</summary>
    public static FileIntent? Read(string path)
    {
        try
        {
            return IntentJson.Read(File.ReadAllBytes(path));
        }
        catch (FileNotFoundException)
        {
            // Its upload was stored or discarded since the folder was listed.
            return null;
        }
    }
}
