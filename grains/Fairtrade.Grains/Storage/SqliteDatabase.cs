using Microsoft.Data.Sqlite;

namespace Fairtrade.Grains.Storage;

/// <summary>
/// One SQLite file, opened the same way by every table in it (grain state, audit log): pooled connections that wait
/// for a concurrent writer, WAL so readers work while one writer commits, and a log synced on every commit.
/// </summary>
internal sealed class SqliteDatabase(string path)
{
    // The busy timeout comes first so that even the journal-mode switch waits for a concurrent writer. FULL syncs
    // the log on every commit, so an acknowledged write survives a power cut, not just a killed process; it is a
    // setting of the connection, hence every open.
    private const string ConnectionPragmas = "PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";

    /// <summary>The connection string, and so the connection pool, of the file.</summary>
    public string ConnectionString { get; } = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = ConnectionPragmas;
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
