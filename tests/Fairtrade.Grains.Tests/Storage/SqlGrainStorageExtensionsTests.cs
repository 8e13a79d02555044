using Fairtrade.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Fairtrade.Grains.Tests.Storage;

public sealed class SqlGrainStorageExtensionsTests
{
    [Fact]
    public void OneInstanceServesOrleansAsStorageAndAsLifecycleParticipant()
    {
        var builder = new ServiceCollectionSiloBuilder();

        builder.UseSqlDatabase(new SqliteDatabase("unused.db")).AddSqlGrainStorage("main");

        using var services = builder.Services.BuildServiceProvider();
        var storage = services.GetRequiredKeyedService<IGrainStorage>("main").ShouldBeOfType<SqlGrainStorage>();
        services.GetServices<ILifecycleParticipant<ISiloLifecycle>>().OfType<SqlGrainStorage>().ShouldHaveSingleItem().ShouldBeSameAs(storage);
    }

    [Fact]
    public void TwoStorageNamesGetTwoInstancesOnTheOneDatabase()
    {
        var builder = new ServiceCollectionSiloBuilder();

        builder.UseSqlDatabase(new SqliteDatabase("unused.db")).AddSqlGrainStorage("main").AddSqlGrainStorage("archive");

        using var services = builder.Services.BuildServiceProvider();
        services.GetRequiredKeyedService<IGrainStorage>("archive").ShouldNotBeSameAs(services.GetRequiredKeyedService<IGrainStorage>("main"));
        services.GetServices<ILifecycleParticipant<ISiloLifecycle>>().OfType<SqlGrainStorage>().Count().ShouldBe(2);
    }
}
