using System.Net.Http.Headers;
using Fairtrade.Grains;
using Fairtrade.TestServers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>
/// The whole product (silo, storage, HTTP) on Kestrel on a loopback port, with its own data directory, its own
/// Orleans ports and a clock the test moves.
/// </summary>
public sealed class FairtradeApp : WebApplicationFactory<Program>
{
    public const string AdminToken = "test-admin-token-0123456789";
    public const string AdminPassword = "test-admin-password";
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private readonly bool _demo;
    private readonly bool _ownsDataDir;
    private readonly bool _captureLogs;
    private readonly Dictionary<string, string?> _settings;

    /// <param name="demo">Load the demo town at start, as <c>--demo</c> does.</param>
    /// <param name="dataDir">Start on the data of an app that was stopped (a restart); it is left in place.</param>
    /// <param name="now">Where the clock starts; default <see cref="Now"/>.</param>
    /// <param name="settings">Further configuration, e.g. <c>Fairtrade:MaxUploadBytes</c>.</param>
    /// <param name="captureLogs">Keep every log message, at every level, in <see cref="Logs"/>.</param>
    public FairtradeApp(bool demo = false, string? dataDir = null, DateTimeOffset? now = null, Dictionary<string, string?>? settings = null, bool captureLogs = false)
    {
        _captureLogs = captureLogs;
        _demo = demo;
        _ownsDataDir = dataDir is null;
        DataDir = dataDir ?? Directory.CreateTempSubdirectory("fairtrade-test-").FullName;
        Clock = new FakeTimeProvider(now ?? Now);
        _settings = settings ?? [];
        UseKestrel(0);
    }

    public string DataDir { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>The calls that reached grains, by grain class.</summary>
    public GrainCalls GrainCalls { get; } = new();

    /// <summary>Everything the app logged, at every level.</summary>
    public CapturedLogs Logs { get; } = new();

    public HttpClient CreateClientAs(string role)
    {
        var client = CreateClient();
        if (role == "admin")
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Fairtrade:DataDir", DataDir);
        builder.UseSetting("Fairtrade:AdminToken", AdminToken);
        builder.UseSetting("Fairtrade:AdminPassword", AdminPassword);
        builder.UseSetting("Fairtrade:Demo", _demo.ToString());
        builder.UseSetting("Fairtrade:SiloPort", LoopbackPorts.Free().ToString());
        builder.UseSetting("Fairtrade:GatewayPort", LoopbackPorts.Free().ToString());

        // The reminder schedule looks every second whether its round is due, so a test that moves the clock sees it soon.
        builder.UseSetting("Fairtrade:ReminderCheckPeriod", "00:00:01");

        // Every test signs in from this machine's address; the limit itself is tested with its own setting.
        builder.UseSetting("Fairtrade:Limits:SignInPerMinute", "10000");
        builder.UseSetting("Fairtrade:Limits:BarrierReportsPerHour", "10000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_captureLogs)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>(_ => true));
        }

        builder.ConfigureTestServices(services => services
            .AddKeyedSingleton<TimeProvider>(CampaignClock.ServiceKey, Clock)
            .AddSingleton<IIncomingGrainCallFilter>(GrainCalls));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!_ownsDataDir)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection: the temp folder is cleaned by the system.
        }
    }
}
