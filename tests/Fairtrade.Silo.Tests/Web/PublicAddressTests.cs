using Fairtrade.Silo.Hosting;
using Fairtrade.Silo.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Tests.Web;

/// <summary>A link that leaves in a mail is built on an address someone set, never on one made up from a wildcard.</summary>
public sealed class PublicAddressTests
{
    [Theory]
    [InlineData(null, "http://0.0.0.0:5080", null)]
    [InlineData(null, "http://+:5080", null)]
    [InlineData(null, null, null)]
    [InlineData(null, "http://127.0.0.1:5080", "http://127.0.0.1:5080/upload")]
    [InlineData("https://fairtrade.example.org/towns-app", "http://0.0.0.0:5080", "https://fairtrade.example.org/towns-app/upload")]
    public void AKnownAddressIsTheConfiguredOneOrAConcreteListeningOne(string? publicUrl, string? listening, string? expected)
    {
        var address = new PublicAddress(Options.Create(new FairtradeOptions { PublicUrl = publicUrl is null ? null : new Uri(publicUrl) }), new Listening(listening));

        address.KnownOf("upload").ShouldBe(expected);
    }

    private sealed class Listening : IServer
    {
        public Listening(string? address)
        {
            var addresses = new ServerAddressesFeature();
            if (address is not null)
            {
                addresses.Addresses.Add(address);
            }

            Features.Set<IServerAddressesFeature>(addresses);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
