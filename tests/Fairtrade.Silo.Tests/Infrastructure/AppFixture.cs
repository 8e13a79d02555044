namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>One running app shared by the HTTP tests; each test works in towns of its own.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public FairtradeApp App { get; } = new();

    public HttpClient Admin { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Admin = App.CreateClientAs("admin");
        Anonymous = App.CreateClientAs("anonymous");
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
