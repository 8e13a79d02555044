namespace Fairtrade.Silo.Files;

/// <summary>
/// Evidence files, stored once by their SHA-256 however often they are sent. An upload is received first, then
/// promised to evidence (<see cref="PrepareAsync"/>), and reaches the store (<see cref="CommitAsync"/>) only once the
/// evidence referencing it is saved, so a crash at any step leaves neither a lost file nor an orphan for long:
/// <see cref="RecoverAsync"/> finishes or undoes it at the next start.
/// </summary>
public interface IFileStore
{
    /// <summary>
    /// Streams <paramref name="content"/> in, hashing and sniffing it on the way. A refused or failed upload leaves
    /// nothing behind; an exception from the stream propagates after the cleanup.
    /// </summary>
    Task<ReceiveResult> ReceiveAsync(Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>Durably records that evidence is about to reference <paramref name="file"/>; call it before saving that evidence.</summary>
    Task PrepareAsync(ReceivedFile file, FileIntent intent);

    /// <summary>Moves a received file into the store once the evidence referencing it is saved.</summary>
    Task CommitAsync(ReceivedFile file);

    /// <summary>Forgets a received file that no evidence will reference. Never throws: what it cannot remove, recovery does.</summary>
    Task DiscardAsync(ReceivedFile file);

    /// <summary>
    /// Lets go of a received file without deciding (whether its evidence was saved cannot be told now): recovery
    /// stores or removes it later. Never throws.
    /// </summary>
    Task AbandonAsync(ReceivedFile file);

    /// <summary>The stored content (seekable), or null if it is not stored or the argument is no SHA-256.</summary>
    Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>The SHA-256 of every content last stored before <paramref name="before"/>: candidates for the sweep of unused files.</summary>
    IAsyncEnumerable<string> ListStoredBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the content if it was last stored before <paramref name="before"/> and no upload of the same bytes is
    /// under way (which may be about to rely on it); whether it did. Safe against uploads at the same moment.
    /// </summary>
    Task<bool> DeleteUnclaimedAsync(string sha256, DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>
    /// Finishes or undoes what a crash left behind; run it at start-up. An upload whose evidence was saved
    /// (<paramref name="isReferenced"/>) goes into the store, other leftovers are deleted. Answers how many were stored.
    /// </summary>
    Task<int> RecoverAsync(Func<FileIntent, Task<bool>> isReferenced, CancellationToken cancellationToken);

    /// <summary>Whether <see cref="RecoverAsync"/> may also run while uploads are under way (in a cluster, on any silo).</summary>
    bool RecoversWhileServing { get; }
}
