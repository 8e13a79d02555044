using System.Data.Common;

namespace Fairtrade.Grains.Storage;

/// <summary>
/// The grain state table. Writes are compare-and-swap on the version: they return the new version, or null when the
/// stored version was not the expected one.
/// </summary>
internal sealed class StateTable(SqlDatabase database)
{
    public Task CreateAsync(CancellationToken cancellationToken) =>
        database.CreateSchemaAsync(StateStatements.CreateSchema(database.Dialect), cancellationToken);

    public async Task<StoredRow?> ReadAsync(string grainId, string stateName)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = Keyed(connection, StateStatements.Read, grainId, stateName);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new StoredRow(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2)) : null;
    }

    public async Task<long?> VersionAsync(string grainId, string stateName)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = Keyed(connection, StateStatements.ReadVersion, grainId, stateName);
        return await command.ExecuteScalarAsync() is { } version and not DBNull ? Convert.ToInt64(version) : null;
    }

    /// <summary>Inserts when <paramref name="expected"/> is null, else updates that version; null on a conflict.</summary>
    public async Task<long?> WriteAsync(string grainId, string stateName, long? expected, int schemaVersion, string payload)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = Keyed(connection, expected is null ? StateStatements.Insert : StateStatements.Update, grainId, stateName)
            .With("schema", schemaVersion)
            .With("payload", payload)
            .With("now", database.Instant(DateTimeOffset.UtcNow));
        if (expected is not null)
        {
            command.With("expected", expected);
        }

        return await command.ExecuteScalarAsync() is { } version and not DBNull ? Convert.ToInt64(version) : null;
    }

    /// <summary>Deletes that version; with no expected version, succeeds only if there is no row. False on a conflict.</summary>
    public async Task<bool> DeleteAsync(string grainId, string stateName, long? expected)
    {
        if (expected is null)
        {
            return await VersionAsync(grainId, stateName) is null;
        }

        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = Keyed(connection, StateStatements.Delete, grainId, stateName).With("expected", expected);
        return await command.ExecuteNonQueryAsync() == 1;
    }

    private static DbCommand Keyed(DbConnection connection, string sql, string grainId, string stateName) =>
        connection.Command(sql).With("grain", grainId).With("state", stateName);
}
