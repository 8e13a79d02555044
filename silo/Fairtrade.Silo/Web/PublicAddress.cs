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

    /// <summary>
    /// Like <see cref="Of"/>, but null where the host would be made up: no <c>PublicUrl</c>, and the server listens on
    /// no address or on every address (<c>0.0.0.0</c>, <c>*</c>). For what leaves the service and cannot be corrected
    /// afterwards, such as a mail.
    /// </summary>
    public string? KnownOf(string relative) =>
        options.Value.PublicUrl is not null || (Listening() is { } listening && !Wildcards.Any(w => listening.Contains($"://{w}", StringComparison.Ordinal)))
            ? Of(relative)
            : null;

    private string? Listening() => server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();

    private Uri Base()
    {
        var url = options.Value.PublicUrl?.ToString() ?? Listening() ?? "http://localhost/";
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
