using System.Data.Common;
using Npgsql;

namespace Fairtrade.Grains.Storage;

/// <summary>
/// A PostgreSQL database that every silo of a cluster shares. Commits wait for the server's write-ahead log to reach
/// its disk (PostgreSQL's default), so an acknowledged write survives a crash of the server as well as of a silo.
/// </summary>
public sealed class PostgresDatabase : SqlDatabase, IAsyncDisposable
{
    // Silos that start together create the schema together; one at a time, or PostgreSQL refuses the second
    // CREATE TABLE IF NOT EXISTS of a type being created by the first.
    private const long SchemaLock = 0x4661697274726164;

    private readonly NpgsqlDataSource _source;
    private readonly string _connectionString;

    public PostgresDatabase(string connectionString)
    {
        _connectionString = connectionString;
        _source = NpgsqlDataSource.Create(connectionString);
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        Name = settings.Database ?? settings.Username ?? "postgres";
        Location = $"{settings.Host}:{settings.Port}/{Name}";
    }

    /// <summary>The database's name on its server.</summary>
    public string Name { get; }

    /// <summary>The same database through a pool of its own of at most <paramref name="connections"/>, named in the server's view of its sessions.</summary>
    public PostgresDatabase Pool(string applicationName, int connections) =>
        new(new NpgsqlConnectionStringBuilder(_connectionString) { ApplicationName = applicationName, MaxPoolSize = connections }.ToString());

    public override SqlDialect Dialect => SqlDialect.Postgres;

    public override string Location { get; }

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await OpenConnectionAsync(cancellationToken);

    /// <summary>A connection for what only PostgreSQL does (advisory locks, bytea).</summary>
    public async Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken) => await _source.OpenConnectionAsync(cancellationToken);

    /// <summary>Synchronously, for the few callers whose interface cannot wait (the key ring's repository).</summary>
    public NpgsqlConnection Open() => _source.OpenConnection();

    public override async Task CreateSchemaAsync(string ddl, CancellationToken cancellationToken)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockSchema = connection.Command("SELECT pg_advisory_xact_lock(@key);", transaction).With("key", SchemaLock))
        {
            await lockSchema.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var create = connection.Command(ddl, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    protected override object InstantValue(DateTimeOffset instant) => instant.ToUniversalTime();

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
