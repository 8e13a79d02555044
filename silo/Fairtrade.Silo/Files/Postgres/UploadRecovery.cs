using Fairtrade.Grains.Storage;

namespace Fairtrade.Silo.Files.Postgres;

/// <summary>
/// Settles uploads that no silo holds any more: one whose evidence was saved is stored, one that is older than the
/// grace period and not referenced is removed. An upload still held (its lock taken) is in flight and left alone.
/// </summary>
internal static class UploadRecovery
{
    public static async Task<int> RunAsync(PostgresDatabase database, TimeSpan leftAlone, Func<FileIntent, Task<bool>> isReferenced, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var recovered = 0;
        foreach (var (id, old) in await UploadRows.ListAsync(connection, leftAlone, cancellationToken))
        {
            if (!await UploadLocks.TryTakeAsync(connection, id, cancellationToken))
            {
                continue;
            }

            try
            {
                if (await UploadRows.ReadAsync(connection, id, cancellationToken) is not var (sha256, length, intent))
                {
                    continue;
                }

                if (intent is not null && intent.Sha256 == sha256 && await isReferenced(intent))
                {
                    await UploadRows.StoreAsync(connection, id, sha256, length);
                    recovered++;
                }
                else if (old)
                {
                    await UploadRows.DeleteAsync(connection, id);
                }
            }
            finally
            {
                await UploadLocks.ReleaseAsync(connection, id);
            }
        }

        return recovered;
    }
}
