using System.Data.Common;

namespace Fairtrade.Grains.Storage;

/// <summary>
/// The database a silo keeps its data in: grain state, the audit trail and, in a cluster, everything else. One
/// implementation of each table works on every dialect; this class is what differs between them.
/// </summary>
public abstract class SqlDatabase
{
    public abstract SqlDialect Dialect { get; }

    /// <summary>Where the data is, for logs and error messages; never a password.</summary>
    public abstract string Location { get; }

    /// <summary>An open connection, set up as every statement here expects it.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="ddl"/> (statements that create what is missing); safe while other silos run it too.</summary>
    public abstract Task CreateSchemaAsync(string ddl, CancellationToken cancellationToken);

    /// <summary>
    /// How an instant is written into this database: to the microsecond, the finest PostgreSQL keeps, on every
    /// dialect, so an instant reads back the same from either.
    /// </summary>
    public object Instant(DateTimeOffset instant) => InstantValue(instant.AddTicks(-(instant.UtcTicks % 10)));

    /// <summary>The value that stands for <paramref name="instant"/>, whole microseconds, in this dialect.</summary>
    protected abstract object InstantValue(DateTimeOffset instant);

    /// <summary>
    /// After an erasure: lets go of copies of overwritten rows that the database still keeps in its files, where it
    /// can. Default: nothing (PostgreSQL keeps old row versions until VACUUM).
    /// </summary>
    public virtual Task DropOverwrittenDataAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Opens a connection and runs a trivial query: does the database answer?</summary>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT 1;");
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
