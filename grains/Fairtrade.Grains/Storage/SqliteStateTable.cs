using Microsoft.Data.Sqlite;

namespace Fairtrade.Grains.Storage;

/// <summary>
/// The grain state table of one SQLite file. Writes are compare-and-swap on the version: they return the new
/// version, or null when the stored version was not the expected one.
/// </summary>
internal sealed class SqliteStateTable(string databasePath)
{
    private readonly SqliteDatabase _database = new(databasePath);

    /// <summary>The connection string, and so the connection pool, of the table in <paramref name="databasePath"/>.</summary>
    internal static string ConnectionStringFor(string databasePath) => new SqliteDatabase(databasePath).ConnectionString;

    /// <summary>Creates the table if missing and returns the journal mode SQLite really runs.</summary>
    public async Task<string?> CreateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var create = Command(connection, SqliteStatements.CreateSchema))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var journal = Command(connection, SqliteStatements.JournalMode);
        return await journal.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SqliteStatements.Ping);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task<StoredRow?> ReadAsync(string grainId, string stateName)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = Command(connection, SqliteStatements.Read, grainId, stateName);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new StoredRow(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2)) : null;
    }

    public async Task<long?> VersionAsync(string grainId, string stateName)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = Command(connection, SqliteStatements.ReadVersion, grainId, stateName);
        return await command.ExecuteScalarAsync() as long?;
    }

    /// <summary>Inserts when <paramref name="expected"/> is null, else updates that version; null on a conflict.</summary>
    public async Task<long?> WriteAsync(string grainId, string stateName, long? expected, int schemaVersion, string payload)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = Command(connection, expected is null ? SqliteStatements.Insert : SqliteStatements.Update, grainId, stateName);
        command.Parameters.AddWithValue("$schema", schemaVersion);
        command.Parameters.AddWithValue("$payload", payload);
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O"));
        if (expected is not null)
        {
            command.Parameters.AddWithValue("$expected", expected);
        }

        return await command.ExecuteScalarAsync() as long?;
    }

    /// <summary>Deletes that version; with no expected version, succeeds only if there is no row. False on a conflict.</summary>
    public async Task<bool> DeleteAsync(string grainId, string stateName, long? expected)
    {
        if (expected is null)
        {
            return await VersionAsync(grainId, stateName) is null;
        }

        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = Command(connection, SqliteStatements.Delete, grainId, stateName);
        command.Parameters.AddWithValue("$expected", expected);
        return await command.ExecuteNonQueryAsync() == 1;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _database.OpenAsync(cancellationToken);

    private static SqliteCommand Command(SqliteConnection connection, string sql, string? grainId = null, string? stateName = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (grainId is not null)
        {
            command.Parameters.AddWithValue("$grain", grainId);
            command.Parameters.AddWithValue("$state", stateName);
        }

        return command;
    }
}
