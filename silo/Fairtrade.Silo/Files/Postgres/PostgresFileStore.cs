using Fairtrade.Grains.Storage;
using Npgsql;

namespace Fairtrade.Silo.Files.Postgres;

/// <summary>
/// Evidence files in the PostgreSQL database the cluster shares, so any silo serves any file. An upload is streamed
/// in chunks inside one transaction (cut off or killed, it leaves nothing), committed whole, and held under an
/// advisory lock by the silo that received it until it is stored or discarded; recovery, on any silo at any time,
/// takes only uploads whose lock it can get, and removes one only when it is older than a grace period.
/// </summary>
/// <param name="database">The store's own pool of connections, so uploads never take those grain storage needs.</param>
/// <param name="leftAlone">How long recovery leaves an unclaimed upload nobody's evidence names; default ten minutes.</param>
public sealed class PostgresFileStore(PostgresDatabase database, ILogger<PostgresFileStore> logger, TimeSpan? leftAlone = null)
    : IFileStore, ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    /// <summary>Bytes per chunk: large enough that a 20 MiB file is 80 rows, small enough to hold one in memory per reader.</summary>
    public const int ChunkSize = 256 * 1024;

    /// <summary>Uploads one silo receives at once: each holds a connection of the store's pool while it arrives.</summary>
    public const int UploadsAtOnce = 24;

    private readonly SemaphoreSlim _uploads = new(UploadsAtOnce);
    private readonly TimeSpan _leftAlone = leftAlone ?? TimeSpan.FromMinutes(10);

    public bool RecoversWhileServing => true;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(PostgresFileStore), ServiceLifecycleStage.ApplicationServices, InitializeAsync);

    /// <summary>Creates the tables if missing; safe to call again, and from several silos at once.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken) => database.CreateSchemaAsync(FileStatements.CreateSchema, cancellationToken);

    public async Task<ReceiveResult> ReceiveAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        if (!await _uploads.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            return ReceiveResult.Refused(ReceiveError.Busy);
        }

        NpgsqlConnection? connection = null;
        var id = Guid.NewGuid();
        var held = false;
        try
        {
            connection = await database.OpenConnectionAsync(cancellationToken);

            // Another upload's key, once in 2^64: take a new id rather than wait for it.
            while (!await UploadLocks.TryTakeAsync(connection, id, cancellationToken))
            {
                id = Guid.NewGuid();
            }

            await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
            {
                using var chunks = new ChunkWriter(connection, transaction, id);
                var digest = await UploadReceiver.CopyAsync(content, chunks.WriteAsync, maxBytes, cancellationToken);
                if (digest.Error is { } error)
                {
                    return ReceiveResult.Refused(error);
                }

                await chunks.FlushAsync(cancellationToken);
                await UploadRows.InsertAsync(connection, transaction, id, digest, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                held = true;
                return ReceiveResult.Received(new PostgresUpload(id, connection, digest));
            }
        }
        finally
        {
            if (!held)
            {
                await ReleaseAsync(connection, id);
            }
        }
    }

    public async Task PrepareAsync(ReceivedFile file, FileIntent intent)
    {
        var upload = Upload(file);
        if (intent.Sha256 != file.Sha256)
        {
            throw new ArgumentException("The intent names other content than the received file.", nameof(intent));
        }

        await UploadRows.SetIntentAsync(upload.Connection, upload.Id, intent);
    }

    public async Task CommitAsync(ReceivedFile file)
    {
        var upload = Upload(file);
        try
        {
            await UploadRows.StoreAsync(upload.Connection, upload.Id, upload.Sha256, upload.Length);
        }
        finally
        {
            await SettleAsync(upload);
        }
    }

    public async Task DiscardAsync(ReceivedFile file)
    {
        if (file is not PostgresUpload { Settled: false } upload)
        {
            return;
        }

        try
        {
            await UploadRows.DeleteAsync(upload.Connection, upload.Id);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Upload {Upload} could not be removed now; recovery removes it", upload.Id);
        }
        finally
        {
            await SettleAsync(upload);
        }
    }

    public async Task AbandonAsync(ReceivedFile file)
    {
        if (file is PostgresUpload { Settled: false } upload)
        {
            await SettleAsync(upload);
        }
    }

    public Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken) => PostgresFileStream.OpenAsync(database, sha256, cancellationToken);

    public IAsyncEnumerable<string> ListStoredBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        UnusedContent.StoredBeforeAsync(database, before, cancellationToken);

    public Task<bool> DeleteUnclaimedAsync(string sha256, DateTimeOffset before, CancellationToken cancellationToken) =>
        UnusedContent.DeleteUnclaimedAsync(database, sha256, before, cancellationToken);

    public Task<int> RecoverAsync(Func<FileIntent, Task<bool>> isReferenced, CancellationToken cancellationToken) =>
        UploadRecovery.RunAsync(database, _leftAlone, isReferenced, cancellationToken);

    public void Dispose() => _uploads.Dispose();

    private static PostgresUpload Upload(ReceivedFile file) =>
        file is PostgresUpload { Settled: false } upload ? upload
            : throw new ArgumentException("The file was received by another store, or is settled already.", nameof(file));

    private async Task SettleAsync(PostgresUpload upload)
    {
        upload.Settled = true;
        await ReleaseAsync(upload.Connection, upload.Id);
    }

    /// <summary>Gives the upload's lock back and its connection to the pool, and lets the next upload in.</summary>
    private async Task ReleaseAsync(NpgsqlConnection? connection, Guid id)
    {
        try
        {
            if (connection is not null)
            {
                await UploadLocks.ReleaseAsync(connection, id);
            }
        }
        catch (Exception exception)
        {
            // The connection broke, so it does not go back to the pool, and its session's end releases the lock.
            logger.LogWarning(exception, "The lock of upload {Upload} goes with its connection", id);
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            _uploads.Release();
        }
    }
}
