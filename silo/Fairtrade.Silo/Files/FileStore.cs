namespace Fairtrade.Silo.Files;

/// <summary>
/// Evidence files stored by their SHA-256 under <c>{root}/sha256/</c>. An upload lands in <c>{root}/incoming/</c>
/// and reaches the store by an atomic rename only once the record that references it is saved; an intent file
/// written before that record lets <see cref="RecoverAsync"/> finish or undo whatever a crash interrupted.
/// </summary>
public sealed class FileStore
{
    private readonly string _incoming;
    private readonly string _content;

    public FileStore(string root)
    {
        var fullRoot = Path.GetFullPath(root);
        _incoming = Path.Combine(fullRoot, "incoming");
        _content = Path.Combine(fullRoot, "sha256");
        Directory.CreateDirectory(_incoming);
    }

    /// <summary>
    /// Streams <paramref name="content"/> into the incoming folder, hashing and sniffing it on the way. A refused or
    /// failed upload leaves no file behind; an exception from the stream propagates after the cleanup.
    /// </summary>
    public Task<ReceiveResult> ReceiveAsync(Stream content, long maxBytes, CancellationToken cancellationToken) =>
        UploadReceiver.ReceiveAsync(content, Incoming.NewUploadPath(_incoming), maxBytes, cancellationToken);

    /// <summary>
    /// Durably records that evidence is about to reference <paramref name="file"/>. Call it before saving that
    /// evidence, then <see cref="Commit"/> once it is saved or <see cref="Discard"/> if it is not.
    /// </summary>
    public Task PrepareAsync(ReceivedFile file, FileIntent intent)
    {
        if (intent.Sha256 != file.Sha256)
        {
            throw new ArgumentException("The intent names other content than the received file.", nameof(intent));
        }

        return IntentFile.WriteAsync(file.IntentPath, intent);
    }

    /// <summary>Moves a received file into the store once the evidence referencing it is saved.</summary>
    public void Commit(ReceivedFile file)
    {
        MoveIntoStore(file.UploadPath, file.Sha256);
        File.Delete(file.IntentPath);
    }

    /// <summary>Deletes a received file that no evidence will reference.</summary>
    public void Discard(ReceivedFile file)
    {
        File.Delete(file.IntentPath);
        File.Delete(file.UploadPath);
    }

    /// <summary>Where the content with this SHA-256 is stored, or null if it is not stored or the argument is no SHA-256.</summary>
    public string? PathOf(string sha256)
    {
        if (!Sha256Hex.IsValid(sha256))
        {
            return null;
        }

        var path = ContentPathOf(sha256);
        return File.Exists(path) ? path : null;
    }

    /// <summary>
    /// Finishes or undoes what a crash left in the incoming folder; run it at start-up, before any upload. An upload
    /// whose evidence was saved (<paramref name="isReferenced"/>) is moved into the store, everything else there is
    /// deleted. Returns how many uploads were moved into the store.
    /// </summary>
    public async Task<int> RecoverAsync(Func<FileIntent, Task<bool>> isReferenced, CancellationToken cancellationToken)
    {
        var recovered = 0;
        foreach (var intentPath in Directory.GetFiles(_incoming).Where(Incoming.IsIntent))
        {
            var uploadPath = Incoming.UploadPathOf(intentPath);
            var intent = await IntentFile.ReadAsync(intentPath, cancellationToken);
            if (intent is not null && File.Exists(uploadPath) && await isReferenced(intent))
            {
                MoveIntoStore(uploadPath, intent.Sha256);
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

    private void MoveIntoStore(string uploadPath, string sha256)
    {
        var target = ContentPathOf(sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(uploadPath, target);
        }
        catch (IOException) when (File.Exists(target))
        {
            // The same content is stored already, by an earlier or a concurrent upload.
            File.Delete(uploadPath);
        }
    }

    private string ContentPathOf(string sha256) => Path.Combine(_content, sha256[..2], sha256);
}
