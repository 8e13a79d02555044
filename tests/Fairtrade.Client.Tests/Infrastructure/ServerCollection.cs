namespace Fairtrade.Client.Tests.Infrastructure;

/// <summary>One running service for every test; each test works in towns of its own.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<SiloServer>
{
    public const string Name = "server";
}
