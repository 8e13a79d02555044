namespace Fairtrade.Grains.Tests.Infrastructure;

/// <summary>One silo shared by the grain tests; each test uses keys of its own.</summary>
public sealed class SiloFixture : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();

    public TestSilo Silo { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Silo = await TestSilo.StartAsync(_folder.File("shared.db"));

    public async ValueTask DisposeAsync()
    {
        await Silo.DisposeAsync();
        _folder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SiloCollection : ICollectionFixture<SiloFixture>
{
    public const string Name = "silo";
}
