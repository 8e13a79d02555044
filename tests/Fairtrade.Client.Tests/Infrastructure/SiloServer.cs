using System.Net.Http.Headers;
using Fairtrade.Grains;
using Fairtrade.TestServers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Fairtrade.Client.Tests.Infrastructure;

/// <summary>
/// The real service on Kestrel on a loopback port, for the client to talk to over HTTP: its own data directory,
/// a known admin token, a small upload limit (so "too large" is cheap) and a clock that stands still.
/// </summary>
public sealed class SiloServer : WebApplicationFactory<global::Program>, IAsyncLifetime
{
    public const string AdminToken = "client-test-admin-token-0123456789";
    public const int MaxUploadBytes = 64 * 1024;
    public static readonly DateOnly Today = new(2026, 11, 25);

    private readonly string _dataDir = Directory.CreateTempSubdirectory("fairtrade-client-test-").FullName;

    public SiloServer() => UseKestrel(0);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(Today, new TimeOnly(9, 0), TimeSpan.Zero));

    /// <summary>The address the client is given, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public string Url { get; private set; } = "";

    public HttpClient Admin { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new UriBuilder(address) { Host = "127.0.0.1" }.Uri.AbsoluteUri;
        Admin = new HttpClient { BaseAddress = new Uri(Url) };
        Admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        return ValueTask.CompletedTask;
    }

    /// <summary>A loopback address where nothing listens: the server is down.</summary>
    public static string DeadUrl() => $"http://127.0.0.1:{LoopbackPorts.Free()}/";

    public override async ValueTask DisposeAsync()
    {
        Admin?.Dispose();
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection: the temp folder is cleaned by the system.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Fairtrade:DataDir", _dataDir);
        builder.UseSetting("Fairtrade:AdminToken", AdminToken);
        builder.UseSetting("Fairtrade:AdminPassword", "client-test-password");
        builder.UseSetting("Fairtrade:SiloPort", LoopbackPorts.Free().ToString());
        builder.UseSetting("Fairtrade:GatewayPort", LoopbackPorts.Free().ToString());
        builder.UseSetting("Fairtrade:MaxUploadBytes", MaxUploadBytes.ToString());

        // The reminder schedule looks every second whether its round is due, so a test that moves the clock sees it soon.
        builder.UseSetting("Fairtrade:ReminderCheckPeriod", "00:00:01");
        builder.ConfigureTestServices(services => services.AddKeyedSingleton<TimeProvider>(CampaignClock.ServiceKey, Clock));
    }
}
