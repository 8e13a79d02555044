using Fairtrade.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Fairtrade.Grains.Tests.Storage;

public sealed class SqliteGrainStorageExtensionsTests : IDisposable
{
    private readonly StorageFolder _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void OneInstanceServesOrleansTheSiloLifecycleAndHealthChecks()
    {
        var builder = new ServiceCollectionSiloBuilder();

        builder.AddSqliteGrainStorage("main", _database.DatabasePath);

        using var services = builder.Services.BuildServiceProvider();
        var storage = services.GetRequiredService<SqliteGrainStorage>();
        services.GetRequiredKeyedService<IGrainStorage>("main").ShouldBeSameAs(storage);
        services.GetRequiredKeyedService<SqliteGrainStorage>("main").ShouldBeSameAs(storage);
        services.GetServices<ILifecycleParticipant<ISiloLifecycle>>().OfType<SqliteGrainStorage>().ShouldHaveSingleItem().ShouldBeSameAs(storage);
    }

    [Fact]
    public void TwoStorageNamesGetTwoInstancesAndHealthChecksTheFirst()
    {
        var builder = new ServiceCollectionSiloBuilder();

        builder.AddSqliteGrainStorage("main", _database.DatabasePath).AddSqliteGrainStorage("archive", _database.DatabasePath + ".archive");

        using var services = builder.Services.BuildServiceProvider();
        var main = services.GetRequiredKeyedService<IGrainStorage>("main");
        var archive = services.GetRequiredKeyedService<IGrainStorage>("archive");
        archive.ShouldNotBeSameAs(main);
        services.GetRequiredService<SqliteGrainStorage>().ShouldBeSameAs(main);
        services.GetServices<ILifecycleParticipant<ISiloLifecycle>>().OfType<SqliteGrainStorage>().Count().ShouldBe(2);
    }
}
