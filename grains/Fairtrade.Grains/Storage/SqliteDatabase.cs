using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Fairtrade.Grains.Storage;

/// <summary>
/// One SQLite file, the embedded default: pooled connections that wait for a concurrent writer, WAL so readers work
/// while one writer commits, and a log synced on every commit.
/// </summary>
public sealed class SqliteDatabase(string path) : SqlDatabase
{
    // The busy timeout comes first so that even the journal-mode switch waits for a concurrent writer. FULL syncs
    // the log on every commit, so an acknowledged write survives a power cut, not just a killed process; it is a
    // setting of the connection, hence every open. secure_delete zeroes what a change deletes or overwrites, so erased
    // personal data does not linger in free space of the file.
    private const string ConnectionPragmas = "PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;";

    public override SqlDialect Dialect => SqlDialect.Sqlite;

    public override string Location { get; } = Path.GetFullPath(path);

    /// <summary>The connection string, and so the connection pool, of the file.</summary>
    public string ConnectionString { get; } = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.Command(ConnectionPragmas);
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates the folder and the file if missing, then runs <paramref name="ddl"/>; one process uses the file.</summary>
    public override async Task CreateSchemaAsync(string ddl, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Location)!);
        CreateOwnerOnly(Location);
        await using var connection = await OpenAsync(cancellationToken);
        await using (var create = connection.Command(ddl))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        // SQLite keeps its old journal when WAL is impossible (some network file systems) and says nothing.
        await using var journal = connection.Command("PRAGMA journal_mode;");
        var mode = await journal.ExecuteScalarAsync(cancellationToken) as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The database needs WAL journaling in {Location}, but SQLite runs '{mode}' there.");
        }
    }

    /// <summary>
    /// Copies every page from the log into the file and empties the log, whose older page versions would otherwise
    /// keep overwritten rows until they are reused.
    /// </summary>
    public override async Task DropOverwrittenDataAsync(CancellationToken cancellationToken)
    {
        // SQLite answers "busy" in the result, not as an error, when a reader still needs the log (a backup, a long read).
        for (var attempt = 1; ; attempt++)
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var checkpoint = connection.Command("PRAGMA wal_checkpoint(TRUNCATE);");
            await using var result = await checkpoint.ExecuteReaderAsync(cancellationToken);
            if (await result.ReadAsync(cancellationToken) && result.GetInt32(0) == 0)
            {
                return;
            }

            if (attempt == 10)
            {
                throw new IOException($"The write-ahead log of {Location} could not be emptied: a reader still holds it. Ask again shortly.");
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    /// <summary>
    /// An empty file, which SQLite takes for a new database, made readable by its owner only: SQLite gives its
    /// <c>-wal</c> and <c>-shm</c> files the rights of the database file, so they are owner-only too.
    /// </summary>
    public static void CreateOwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows() || File.Exists(path))
        {
            return;
        }

        try
        {
            using var _ = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
            // Created at the same moment by another start on the same file, which SQLite will tell.
        }
    }

    /// <summary>Instants as ISO 8601 text in UTC, which sorts as time does.</summary>
    protected override object InstantValue(DateTimeOffset instant) => instant.UtcDateTime.ToString("O");

    /// <summary>Closes the pooled connections to the file, so it can be deleted or copied.</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }
}
