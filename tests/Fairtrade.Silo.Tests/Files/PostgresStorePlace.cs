using Fairtrade.Grains.Storage;
using Fairtrade.Silo.Files;
using Fairtrade.Silo.Files.Postgres;
using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Fairtrade.Silo.Tests.Files;

/// <summary>
/// A PostgreSQL store in a database of its own. Each silo's connections carry the silo's name, so a crash can cut off
/// every session of that silo and nobody else's, as the death of its process would.
/// </summary>
public sealed class PostgresStorePlace : StorePlace
{
    private readonly string _connectionString;
    private readonly List<PostgresDatabase> _databases = [];
    private int _silos;
    private string _current = "";

    private PostgresStorePlace(string connectionString) => _connectionString = connectionString;

    public PostgresFileStore Postgres { get; private set; } = null!;

    public override IFileStore Store => Postgres;

    public static async Task<PostgresStorePlace> CreateAsync(PostgresFixture postgres)
    {
        var place = new PostgresStorePlace(await postgres.Server.CreateDatabaseAsync());
        await place.StartAsync();
        return place;
    }

    /// <summary>Another silo on the same database, which starts with its own connections.</summary>
    /// <param name="leftAlone">How long its recovery leaves an unclaimed upload; none here unless asked, so a test need not wait.</param>
    public PostgresFileStore AnotherSilo(TimeSpan? leftAlone = null) => new(Open($"silo-{++_silos}"), NullLogger<PostgresFileStore>.Instance, leftAlone ?? TimeSpan.Zero);

    public override async Task<IFileStore> CrashAndRestartAsync()
    {
        await ScalarAsync($"SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = '{_current}';");
        await StartAsync();
        return Postgres;
    }

    public override async Task<int> LeftoversAsync() =>
        Convert.ToInt32(await ScalarAsync("SELECT (SELECT count(*) FROM file_upload) + (SELECT count(*) FROM file_chunk c WHERE NOT EXISTS (SELECT 1 FROM file_content s WHERE s.blob = c.blob));"));

    public override async Task<int> StoredAsync() => Convert.ToInt32(await ScalarAsync("SELECT count(*) FROM file_content;"));

    public override async ValueTask DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }

    private async Task StartAsync()
    {
        _current = $"silo-{++_silos}";
        Postgres = new PostgresFileStore(Open(_current), NullLogger<PostgresFileStore>.Instance, TimeSpan.Zero);
        await Postgres.InitializeAsync(CancellationToken.None);
    }

    private PostgresDatabase Open(string silo)
    {
        var database = new PostgresDatabase(new NpgsqlConnectionStringBuilder(_connectionString) { ApplicationName = silo }.ToString());
        _databases.Add(database);
        return database;
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var database = new PostgresDatabase(_connectionString);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.Command(sql);
        return await command.ExecuteScalarAsync();
    }
}
