using System.Data.Common;
using System.Runtime.CompilerServices;

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

    /// <summary>Every stored state and record, one after the other.</summary>
    public async IAsyncEnumerable<string> ReadEveryPayloadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(StateStatements.ReadEveryPayload);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return reader.GetString(0);
        }
    }

    /// <summary>The rows whose state name starts with <paramref name="prefix"/>.</summary>
    public async Task<List<StoredRow>> ReadPrefixedAsync(string grainId, string prefix)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.Command(StateStatements.ReadSet)
            .With("grain", grainId).With("prefix", prefix).With("prefixLength", prefix.Length);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<StoredRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new StoredRow(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2)));
        }

        return rows;
    }

    /// <summary>Writes the row whatever its version, inserting it if missing.</summary>
    public async Task UpsertAsync(string grainId, string stateName, int schemaVersion, string payload)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = Keyed(connection, StateStatements.Upsert, grainId, stateName)
            .With("schema", schemaVersion)
            .With("payload", payload)
            .With("now", database.Instant(DateTimeOffset.UtcNow));
        await command.ExecuteNonQueryAsync();
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
