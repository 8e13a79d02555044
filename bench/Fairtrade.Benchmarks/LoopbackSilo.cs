extern alias Silo;

using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Fairtrade.Benchmarks;

/// <summary>
/// The whole product (silo, storage, HTTP) in this process on Kestrel on a loopback port, so a request goes
/// through the real socket and middleware pipeline, with its own data directory and Orleans ports.
/// </summary>
internal sealed class LoopbackSilo : WebApplicationFactory<Silo::Program>
{
    public const string AdminToken = "bench-admin-token-0123456789";

    private readonly string? _postgres;

    /// <param name="postgres">With a connection string, the silo keeps everything in that PostgreSQL database, as in a cluster.</param>
    public LoopbackSilo(string? postgres = null)
    {
        _postgres = postgres;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string DataDir { get; } = Directory.CreateTempSubdirectory("fairtrade-bench-").FullName;

    /// <summary>A client that calls as the admin (who is every town's coordinator).</summary>
    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        return client;
    }

    /// <summary>Stops the silo and removes its data.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(DataDir, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The factory's default is Development; the numbers should be those of a deployed service.
        builder.UseEnvironment("Production");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Fairtrade:DataDir", DataDir);
        builder.UseSetting("Fairtrade:AdminToken", AdminToken);
        builder.UseSetting("Fairtrade:SiloPort", FreePort().ToString());
        builder.UseSetting("Fairtrade:GatewayPort", FreePort().ToString());
        if (_postgres is not null)
        {
            builder.UseSetting("Fairtrade:Storage", "postgres");
            builder.UseSetting("ConnectionStrings:Postgres", _postgres);
        }
    }

    private static int FreePort() => TestServers.LoopbackPorts.Free();
}
