using Fairtrade.Silo.Hosting;

namespace Fairtrade.Silo.Files.Disk;

/// <summary>
/// Evidence files under <c>{root}/sha256/</c>, the embedded default. An upload lands in <c>{root}/incoming/</c> and
/// reaches the store by an atomic rename; the intent is a small file next to it. One silo owns the folder, so at its
/// start whatever is in <c>incoming/</c> is left over from before. Folders and files are owner-only, and every name a
/// saved evidence relies on is synced to disk before the evidence is saved (see <see cref="FolderSync"/>).
/// </summary>
public sealed class DiskFileStore : IFileStore
{
    private readonly string _incoming;
    private readonly ContentFolder _content;

    public DiskFileStore(string root)
    {
        var fullRoot = Path.GetFullPath(root);
        _incoming = Path.Combine(fullRoot, DataDirLayout.Incoming);
        _content = new ContentFolder(Path.Combine(fullRoot, "sha256"), _incoming);
        OwnerOnly.CreateFolder(_incoming);
        OwnerOnly.CreateFolder(_content.Folder);
        FolderSync.Flush(fullRoot);
    }

    public async Task<ReceiveResult> ReceiveAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var uploadPath = Incoming.NewUploadPath(_incoming);
        var keep = false;
        try
        {
            UploadDigest digest;
            await using (var file = new FileStream(uploadPath, OwnerOnly.NewFile(FileMode.CreateNew, FileOptions.Asynchronous)))
            {
                digest = await UploadReceiver.CopyAsync(content, file.WriteAsync, maxBytes, cancellationToken);
                if (digest.Error is { } error)
                {
                    return ReceiveResult.Refused(error);
                }

                file.Flush(flushToDisk: true);
            }

            keep = true;
            return ReceiveResult.Received(new DiskUpload(uploadPath, digest));
        }
        finally
        {
            if (!keep)
            {
                File.Delete(uploadPath);
            }
        }
    }

    public async Task PrepareAsync(ReceivedFile file, FileIntent intent)
    {
        if (intent.Sha256 != file.Sha256)
        {
            throw new ArgumentException("The intent names other content than the received file.", nameof(intent));
        }

        await IntentFile.WriteAsync(Upload(file).IntentPath, intent);

        // The evidence is saved next: after a power cut, its upload and intent must be found by their names.
        FolderSync.Flush(_incoming);
    }

    public Task CommitAsync(ReceivedFile file)
    {
        var upload = Upload(file);
        _content.MoveIn(upload.UploadPath, upload.Sha256);
        File.Delete(upload.IntentPath);
        return Task.CompletedTask;
    }

    public Task DiscardAsync(ReceivedFile file)
    {
        var upload = Upload(file);
        File.Delete(upload.IntentPath);
        File.Delete(upload.UploadPath);
        return Task.CompletedTask;
    }

    /// <summary>An upload and its intent stay in the incoming folder, which recovery settles at the next start.</summary>
    public Task AbandonAsync(ReceivedFile file) => Task.CompletedTask;

    /// <summary>No: one silo owns the folder, and at its start nothing in it is under way.</summary>
    public bool RecoversWhileServing => false;

    public Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        return Task.FromResult<Stream?>(path is null ? null
            : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan));
    }

    /// <summary>Where the content with this SHA-256 is stored, or null if it is not stored or the argument is no SHA-256.</summary>
    public string? PathOf(string sha256)
    {
        if (!Sha256Hex.IsValid(sha256))
        {
            return null;
        }

        var path = _content.PathOf(sha256);
        return File.Exists(path) ? path : null;
    }

    public IAsyncEnumerable<string> ListStoredBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        _content.StoredBefore(before).ToAsyncEnumerable();

    public Task<bool> DeleteUnclaimedAsync(string sha256, DateTimeOffset before, CancellationToken cancellationToken) =>
        Task.FromResult(Sha256Hex.IsValid(sha256) && _content.DeleteUnclaimed(sha256, before));

    public async Task<int> RecoverAsync(Func<FileIntent, Task<bool>> isReferenced, CancellationToken cancellationToken)
    {
        var recovered = 0;
        foreach (var intentPath in Directory.GetFiles(_incoming).Where(Incoming.IsIntent))
        {
            var uploadPath = Incoming.UploadPathOf(intentPath);
            var intent = IntentFile.Read(intentPath);
            if (intent is not null && File.Exists(uploadPath) && await isReferenced(intent))
            {
                _content.MoveIn(uploadPath, intent.Sha256);
                recovered++;
            }

            File.Delete(intentPath);
        }

        // With every intent handled, whatever is left is an interrupted or refused upload.
        foreach (var orphan in Directory.GetFiles(_incoming))
        {
            File.Delete(orphan);
        }

        return recovered;
    }

    private static DiskUpload Upload(ReceivedFile file) =>
        file as DiskUpload ?? throw new ArgumentException("The file was received by another store.", nameof(file));

}
