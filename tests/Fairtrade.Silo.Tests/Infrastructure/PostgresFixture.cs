using Fairtrade.TestServers;

[assembly: AssemblyFixture(typeof(Fairtrade.Silo.Tests.Infrastructure.PostgresFixture))]

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>One throwaway PostgreSQL server for the test run; each test makes a database of its own on it.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public PostgresServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Server = await PostgresServer.StartAsync();

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
