using Fairtrade.Grains.Storage;
using Npgsql;

namespace Fairtrade.Silo.Files.Postgres;

/// <summary>
/// Evidence files in the PostgreSQL database the cluster shares, so any silo serves any file. An upload is streamed
/// in chunks inside one transaction (cut off or killed, it leaves nothing), committed whole, and held under an
/// advisory lock by the silo that received it until it is stored or discarded; recovery on another silo takes only
/// uploads whose lock it can get, so it never touches one in flight.
/// </summary>
public sealed class PostgresFileStore(PostgresDatabase database, ILogger<PostgresFileStore> logger) : IFileStore, ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>Bytes per chunk: large enough that a 20 MiB file is 80 rows, small enough to hold one in memory per reader.</summary>
    public const int ChunkSize = 256 * 1024;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(PostgresFileStore), ServiceLifecycleStage.ApplicationServices, InitializeAsync);

    /// <summary>Creates the tables if missing; safe to call again, and from several silos at once.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken) => database.CreateSchemaAsync(FileStatements.CreateSchema, cancellationToken);

    public async Task<ReceiveResult> ReceiveAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken);
        var id = Guid.NewGuid();
        var held = false;
        try
        {
            // Another upload's key, once in 2^64: take a new id rather than wait for it.
            while (!await UploadLocks.TryTakeAsync(connection, id, cancellationToken))
            {
                id = Guid.NewGuid();
            }

            UploadDigest digest;
            await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
            {
                using var chunks = new ChunkWriter(connection, transaction, id);
                digest = await UploadReceiver.CopyAsync(content, chunks.WriteAsync, maxBytes, cancellationToken);
                if (digest.Error is { } error)
                {
                    return ReceiveResult.Refused(error);
                }

                await chunks.FlushAsync(cancellationToken);
                await using var upload = Command(connection, FileStatements.InsertUpload, id, transaction)
                    .With("sha256", digest.Sha256).With("length", digest.Length).With("now", DateTimeOffset.UtcNow);
                await upload.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            held = true;
            return ReceiveResult.Received(new PostgresUpload(id, connection, digest));
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

        await using var command = Command(upload.Connection, FileStatements.SetIntent, upload.Id).With("intent", System.Text.Encoding.UTF8.GetString(IntentJson.Write(intent)));
        await command.ExecuteNonQueryAsync();
    }

    public async Task CommitAsync(ReceivedFile file)
    {
        var upload = Upload(file);
        try
        {
            await StoreAsync(upload.Connection, upload.Id, upload.Sha256, upload.Length);
        }
        finally
        {
            await SettleAsync(upload);
        }
    }

    public async Task DiscardAsync(ReceivedFile file)
    {
        if (file is PostgresUpload { Settled: true })
        {
            return;
        }

        var upload = Upload(file);
        try
        {
            await DeleteAsync(upload.Connection, upload.Id);
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

    public async Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken)
    {
        if (!Sha256Hex.IsValid(sha256))
        {
            return null;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(FileStatements.FindContent).With("sha256", sha256);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new PostgresFileStream(database, reader.GetGuid(0), reader.GetInt64(1), reader.GetInt32(2))
            : null;
    }

    public async Task<int> RecoverAsync(Func<FileIntent, Task<bool>> isReferenced, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var recovered = 0;
        foreach (var id in await UploadsAsync(connection, cancellationToken))
        {
            if (!await UploadLocks.TryTakeAsync(connection, id, cancellationToken))
            {
                continue;
            }

            try
            {
                if (await LeftoverAsync(connection, id, cancellationToken) is not var (sha256, length, intent))
                {
                    continue;
                }

                if (intent is not null && intent.Sha256 == sha256 && await isReferenced(intent))
                {
                    await StoreAsync(connection, id, sha256, length);
                    recovered++;
                }
                else
                {
                    await DeleteAsync(connection, id);
                }
            }
            finally
            {
                await UploadLocks.ReleaseAsync(connection, id);
            }
        }

        return recovered;
    }

    private static PostgresUpload Upload(ReceivedFile file) =>
        file is PostgresUpload { Settled: false } upload ? upload
            : throw new ArgumentException("The file was received by another store, or is settled already.", nameof(file));

    private static async Task StoreAsync(NpgsqlConnection connection, Guid id, string sha256, long length)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var store = Command(connection, FileStatements.Store, id, transaction)
            .With("sha256", sha256).With("length", length).With("chunkSize", ChunkSize).With("now", DateTimeOffset.UtcNow))
        {
            if (await store.ExecuteNonQueryAsync() == 0)
            {
                await using var duplicate = Command(connection, FileStatements.DeleteChunks, id, transaction);
                await duplicate.ExecuteNonQueryAsync();
            }
        }

        await using (var done = Command(connection, FileStatements.DeleteUpload, id, transaction))
        {
            await done.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task DeleteAsync(NpgsqlConnection connection, Guid id)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var sql in new[] { FileStatements.DeleteChunks, FileStatements.DeleteUpload })
        {
            await using var delete = Command(connection, sql, id, transaction);
            await delete.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task<List<Guid>> UploadsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(FileStatements.ListUploads);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    /// <summary>The upload as left behind, read under its lock (it may have been settled since it was listed).</summary>
    private static async Task<(string Sha256, long Length, FileIntent? Intent)?> LeftoverAsync(NpgsqlConnection connection, Guid id, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, FileStatements.ReadUpload, id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var intent = reader.IsDBNull(2) ? null : IntentJson.Read(System.Text.Encoding.UTF8.GetBytes(reader.GetString(2)));
        return (reader.GetString(0), reader.GetInt64(1), intent);
    }

    /// <summary>Ends this silo's hold on an upload; if the lock cannot be given back, closing the connection ends it.</summary>
    private async Task SettleAsync(PostgresUpload upload)
    {
        upload.Settled = true;
        await ReleaseAsync(upload.Connection, upload.Id);
    }

    private async Task ReleaseAsync(NpgsqlConnection connection, Guid id)
    {
        try
        {
            await UploadLocks.ReleaseAsync(connection, id);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "The lock of upload {Upload} goes with its connection", id);
            NpgsqlConnection.ClearPool(connection);
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }

    private static System.Data.Common.DbCommand Command(NpgsqlConnection connection, string sql, Guid id, NpgsqlTransaction? transaction = null) =>
        connection.Command(sql, transaction).With("id", id);
}
