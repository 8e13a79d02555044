using System.Data.Common;
using System.Text;
using Fairtrade.Grains.Storage;
using Npgsql;

namespace Fairtrade.Silo.Files.Postgres;

/// <summary>The rows of uploads and stored contents, on a connection the caller holds.</summary>
internal static class UploadRows
{
    public static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, UploadDigest digest, CancellationToken cancellationToken)
    {
        await using var upload = Command(connection, FileStatements.InsertUpload, id, transaction)
            .With("sha256", digest.Sha256).With("length", digest.Length).With("now", DateTimeOffset.UtcNow);
        await upload.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task SetIntentAsync(NpgsqlConnection connection, Guid id, FileIntent intent)
    {
        await using var command = Command(connection, FileStatements.SetIntent, id).With("intent", Encoding.UTF8.GetString(IntentJson.Write(intent)));
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Makes the upload's chunks the stored content of its SHA-256, or drops them if that content is stored already.
    /// Throws if the upload is gone: recovery took it while its connection was lost.
    /// </summary>
    public static async Task StoreAsync(NpgsqlConnection connection, Guid id, string sha256, long length)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var done = Command(connection, FileStatements.DeleteUpload, id, transaction))
        {
            if (await done.ExecuteNonQueryAsync() == 0)
            {
                throw new IOException($"Upload {id} is gone; recovery settled it while this silo could not reach the database.");
            }
        }

        await using (var store = Command(connection, FileStatements.StoreContent, id, transaction)
            .With("sha256", sha256).With("length", length).With("chunkSize", PostgresFileStore.ChunkSize).With("now", DateTimeOffset.UtcNow))
        {
            if (await store.ExecuteScalarAsync() is not true)
            {
                await using var duplicate = Command(connection, FileStatements.DeleteChunks, id, transaction);
                await duplicate.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
    }

    public static async Task DeleteAsync(NpgsqlConnection connection, Guid id)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var sql in new[] { FileStatements.DeleteChunks, FileStatements.DeleteUpload })
        {
            await using var delete = Command(connection, sql, id, transaction);
            await delete.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>Every upload not yet stored or discarded, and whether it was received longer ago than <paramref name="grace"/>.</summary>
    public static async Task<List<(Guid Id, bool Old)>> ListAsync(NpgsqlConnection connection, TimeSpan grace, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(FileStatements.ListUploads).With("grace", grace.TotalSeconds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var uploads = new List<(Guid, bool)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            uploads.Add((reader.GetGuid(0), reader.GetBoolean(1)));
        }

        return uploads;
    }

    /// <summary>The upload as left behind, read under its lock (it may have been settled since it was listed).</summary>
    public static async Task<(string Sha256, long Length, FileIntent? Intent)?> ReadAsync(NpgsqlConnection connection, Guid id, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, FileStatements.ReadUpload, id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var intent = reader.IsDBNull(2) ? null : IntentJson.Read(Encoding.UTF8.GetBytes(reader.GetString(2)));
        return (reader.GetString(0), reader.GetInt64(1), intent);
    }

    private static DbCommand Command(NpgsqlConnection connection, string sql, Guid id, NpgsqlTransaction? transaction = null) =>
        connection.Command(sql, transaction).With("id", id);
}
