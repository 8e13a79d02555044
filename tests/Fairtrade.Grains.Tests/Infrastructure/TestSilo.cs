using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Grains.Audit;
using Fairtrade.Grains.Storage;
using Fairtrade.Rules.Rulesets;
using Fairtrade.TestServers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Fairtrade.Grains.Tests.Infrastructure;

/// <summary>
/// A real silo in this process, configured as the product runs it (loopback clustering, grain state and audit trail in
/// <see cref="Database"/>), with a clock the test moves. Grains are called through the silo's own factory.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private readonly IHost _host;

    private TestSilo(IHost host, SqlDatabase database, FakeTimeProvider clock)
    {
        _host = host;
        Database = database;
        Clock = clock;
    }

    public SqlDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    /// <summary>A silo on the SQLite file <paramref name="databasePath"/>, as the embedded default runs.</summary>
    public static Task<TestSilo> StartAsync(string databasePath, FakeTimeProvider? clock = null, IAuditLog? auditLog = null) =>
        StartAsync(new SqliteDatabase(databasePath), clock, auditLog);

    /// <param name="auditLog">Replaces the audit log the grains hand entries to (the database's table is still created).</param>
    public static async Task<TestSilo> StartAsync(SqlDatabase database, FakeTimeProvider? clock = null, IAuditLog? auditLog = null)
    {
        clock ??= new FakeTimeProvider(Now);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddFairtradeGrainServices(RulesetCatalog.Load(null));
        builder.Services.AddKeyedSingleton<TimeProvider>(CampaignClock.ServiceKey, clock);
        builder.Services.AddSingleton(new CampaignCalendar(clock, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")));
        builder.UseOrleans(silo => silo
            // A cluster of its own: silos of other tests in this process must not take it for a dead member.
            .UseLocalhostClustering(LoopbackPorts.Free(), LoopbackPorts.Free(), serviceId: "fairtrade-test", clusterId: Guid.NewGuid().ToString("N"))
            .UseSqlDatabase(database)
            .AddSqlGrainStorage(StorageNames.Main)
            .AddSqlAuditLog());
        if (auditLog is not null)
        {
            builder.Services.AddSingleton(auditLog);
        }

        var host = builder.Build();
        await host.StartAsync();
        return new TestSilo(host, database, clock);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
