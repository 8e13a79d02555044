using Fairtrade.Grains.Storage;
using Fairtrade.TestServers;

[assembly: AssemblyFixture(typeof(Fairtrade.Grains.Tests.Infrastructure.PostgresDatabases))]

namespace Fairtrade.Grains.Tests.Infrastructure;

/// <summary>One throwaway PostgreSQL server for the test run; each test gets a database of its own on it.</summary>
public sealed class PostgresDatabases : StorageDatabases, IAsyncLifetime
{
    private readonly List<PostgresDatabase> _opened = [];
    private PostgresServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await PostgresServer.StartAsync();

    public override async Task<SqlDatabase> NewAsync()
    {
        var database = new PostgresDatabase(await _server.CreateDatabaseAsync());
        lock (_opened)
        {
            _opened.Add(database);
        }

        return database;
    }

    // A port nothing listens on: the connection is refused at once.
    public override SqlDatabase Unreachable() => new PostgresDatabase($"Host=127.0.0.1;Port={LoopbackPorts.Free()};Username=postgres;Timeout=2");

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }

        await _server.DisposeAsync();
    }
}
