using FairtradeApi;
using Fairtrade.Client.Tests.Infrastructure;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Fairtrade.GeneratedClient.Tests.Infrastructure;

/// <summary>The client Kiota generated from docs/openapi.json, pointed at the silo on its loopback port with the admin token.</summary>
public static class GeneratedApi
{
    public static FairtradeApiClient For(SiloServer server)
    {
        // The bearer token rides on the HttpClient: Kiota's own bearer provider accepts only https or localhost by name.
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: server.Admin)
        {
            BaseUrl = server.Url.TrimEnd('/'),
        };
        return new FairtradeApiClient(adapter);
    }
}
