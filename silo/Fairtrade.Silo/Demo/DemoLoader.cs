using Fairtrade.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Demo;

/// <summary>Loads the demo town once the silo is up, when <c>Fairtrade:Demo</c> or <c>--demo</c> asks for it.</summary>
public sealed class DemoLoader(IHostApplicationLifetime lifetime, IGrainFactory grains, CampaignCalendar calendar, IOptions<FairtradeOptions> options, ILogger<DemoLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Demo)
        {
            return;
        }

        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken);
        await DemoTown.LoadAsync(grains, calendar.Today);
        logger.LogInformation("Demo town ready: its public page is /towns/{Slug}; sign in at /login", DemoTown.Slug);
    }
}
