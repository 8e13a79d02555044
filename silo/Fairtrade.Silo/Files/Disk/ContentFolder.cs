using Fairtrade.Silo.Hosting;

namespace Fairtrade.Silo.Files.Disk;

/// <summary>
/// The folder of stored content, <c>{root}/sha256/{first two}/{sha256}</c>. A file's write time is when it was last
/// stored, so content stored again (the same bytes uploaded anew) starts a new grace period. Moving in and deleting
/// take turns under one lock, so the sweep of unused files never deletes content an upload has just found stored.
/// </summary>
internal sealed class ContentFolder(string folder, string incoming)
{
    private readonly Lock _turn = new();

    public string Folder => folder;

    public string PathOf(string sha256) => Path.Combine(folder, sha256[..2], sha256);

    public void MoveIn(string uploadPath, string sha256)
    {
        var target = PathOf(sha256);
        var subfolder = Path.GetDirectoryName(target)!;
        OwnerOnly.CreateFolder(subfolder);
        lock (_turn)
        {
            try
            {
                File.Move(uploadPath, target);
            }
            catch (IOException) when (File.Exists(target))
            {
                // The same content is stored already, by an earlier or a concurrent upload.
                File.Delete(uploadPath);
                File.SetLastWriteTimeUtc(target, DateTime.UtcNow);
            }
        }

        // Before the intent goes: a power cut must not lose the file's new name (nor its folder's) with the intent gone.
        FolderSync.Flush(subfolder);
        FolderSync.Flush(folder);
    }

    public IEnumerable<string> StoredBefore(DateTimeOffset before) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => Sha256Hex.IsValid(Path.GetFileName(path)) && File.GetLastWriteTimeUtc(path) < before.UtcDateTime)
            .Select(path => Path.GetFileName(path));

    public bool DeleteUnclaimed(string sha256, DateTimeOffset before)
    {
        var path = PathOf(sha256);
        lock (_turn)
        {
            if (!File.Exists(path) || File.GetLastWriteTimeUtc(path) >= before.UtcDateTime || Claimed(sha256))
            {
                return false;
            }

            File.Delete(path);
            return true;
        }
    }

    /// <summary>Whether an upload of the same bytes is promised to evidence: it will be stored, or find this content stored.</summary>
    private bool Claimed(string sha256) =>
        Directory.GetFiles(incoming).Where(Incoming.IsIntent).Any(intentPath => IntentFile.Read(intentPath)?.Sha256 == sha256);
}
