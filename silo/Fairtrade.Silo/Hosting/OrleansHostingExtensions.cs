using Fairtrade.Abstractions.Storage;
using Fairtrade.Grains.Audit;
using Fairtrade.Grains.Notifications;
using Fairtrade.Grains.Storage;
using Fairtrade.Rules.Rulesets;
using Orleans.Dashboard;

namespace Fairtrade.Silo.Hosting;

public static class OrleansHostingExtensions
{
    /// <summary>
    /// The silo, built as the settings say: the embedded default (one silo on loopback, SQLite under the data
    /// directory) or a member of a cluster (PostgreSQL, Redis). Settings and rulesets are checked here, before the
    /// host starts, so a wrong one stops the start with its name.
    /// </summary>
    public static WebApplicationBuilder AddFairtradeSilo(this WebApplicationBuilder builder)
    {
        var settings = SiloSettings.Read(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddFairtradeGrainServices(RulesetCatalog.Load(settings.Options.RulesetsDir));
        var database = builder.AddFairtradeStorage(settings);
        builder.UseOrleans(silo => silo
            .UseFairtradeClustering(settings)
            .AddStartupChecks()
            .UseSqlDatabase(database)
            .AddSqlGrainStorage(StorageNames.Main)
            .AddSqlAuditLog()
            .AddReminderSchedule(schedule =>
            {
                schedule.RoundEvery = settings.Options.ReminderRoundPeriod;
                schedule.CheckEvery = settings.Options.ReminderCheckPeriod;
            })
            .AddDashboard());
        return builder;
    }
}
