using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Grains.Tests.Storage;

/// <summary>A silo builder that only collects registrations, to inspect what an extension adds.</summary>
public sealed class ServiceCollectionSiloBuilder : ISiloBuilder
{
    public IServiceCollection Services { get; } = new ServiceCollection().AddLogging();

    public IConfiguration Configuration { get; } = new ConfigurationBuilder().Build();
}
