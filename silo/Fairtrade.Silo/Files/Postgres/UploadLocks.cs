using Npgsql;

namespace Fairtrade.Silo.Files.Postgres;

/// <summary>An upload's advisory lock: a 64-bit key taken from its id, held by one session at a time.</summary>
internal static class UploadLocks
{
    public static long KeyOf(Guid id) => BitConverter.ToInt64(id.ToByteArray(), 0);

    public static async Task<bool> TryTakeAsync(NpgsqlConnection connection, Guid id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(FileStatements.TryLock, connection) { Parameters = { new("key", KeyOf(id)) } };
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    public static async Task ReleaseAsync(NpgsqlConnection connection, Guid id)
    {
        await using var command = new NpgsqlCommand(FileStatements.Unlock, connection) { Parameters = { new("key", KeyOf(id)) } };
        await command.ExecuteScalarAsync();
    }
}
