using Orleans.Dashboard;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Grains;
using Fairtrade.Grains.Audit;
using Fairtrade.Grains.Storage;
using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Silo.Hosting;

public static class OrleansHostingExtensions
{
    /// <summary>
    /// The embedded default: one silo with loopback clustering and grain state in SQLite under the data directory.
    /// Rulesets are loaded here, before the host starts, so a broken ruleset file stops start-up.
    /// </summary>
    public static WebApplicationBuilder AddFairtradeSilo(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(FairtradeOptions.Section).Get<FairtradeOptions>() ?? new FairtradeOptions();
        builder.Services.AddFairtradeGrainServices(RulesetCatalog.Load(options.RulesetsDir));
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(options.SiloPort, options.GatewayPort)
            .AddSqliteGrainStorage(StorageNames.Main, Path.Combine(options.DataDir, "fairtrade.db"))
            .AddSqliteAuditLog(Path.Combine(options.DataDir, "fairtrade.db"))
            .AddDashboard());
        return builder;
    }
}
