using Fairtrade.Silo.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Web;

/// <summary>
/// The address people reach the service on, for links that leave it (upload links, QR codes): <c>Fairtrade:PublicUrl</c>,
/// else the first address the server listens on. Never a request's <c>Host</c> header, which any client can set.
/// </summary>
public sealed class PublicAddress(IOptions<FairtradeOptions> options, IServer server)
{
    private static readonly string[] Wildcards = ["0.0.0.0", "[::]", "+", "*"];

    /// <summary>The absolute URL of <paramref name="relative"/> (no leading slash) under the public address.</summary>
    public string Of(string relative) => new Uri(Base(), relative).ToString();

    private Uri Base()
    {
        var url = options.Value.PublicUrl?.ToString()
            ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? "http://localhost/";
        var address = new UriBuilder(url.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (Wildcards.Contains(address.Host))
        {
            address.Host = "localhost";
        }

        // A base without its trailing slash would lose its last segment when a link is made on it.
        address.Path = address.Path.EndsWith('/') ? address.Path : address.Path + "/";
        return address.Uri;
    }
}
