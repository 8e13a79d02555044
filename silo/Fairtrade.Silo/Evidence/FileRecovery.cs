using Fairtrade.Abstractions.Evidence;
using Fairtrade.Silo.Files;

namespace Fairtrade.Silo.Evidence;

/// <summary>
/// Before the first request: uploads a crash interrupted are settled. A file promised to evidence goes into the store
/// if the evidence was saved and is deleted if not; a file that was still arriving is deleted. A store that another
/// silo's uploads share (PostgreSQL) is also settled every few minutes, for what a silo that died left behind.
/// </summary>
public sealed class FileRecovery(IFileStore files, IGrainFactory grains, ILogger<FileRecovery> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(10);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await RecoverAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!files.RecoversWhileServing)
        {
            return;
        }

        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RecoverAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not settle the uploads left behind; trying again in {Every}", Every);
            }
        }
    }

    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        var recovered = await files.RecoverAsync(IsReferencedAsync, cancellationToken);
        if (recovered > 0)
        {
            logger.LogInformation("Recovered {Count} uploaded files whose evidence was saved just before a silo stopped", recovered);
        }
    }

    private Task<bool> IsReferencedAsync(FileIntent intent) =>
        Identifiers.IsValid(intent.Town) && (EvidenceSubjects.IsTownLevel(intent.Subject) || Identifiers.IsValid(intent.Subject))
            ? EvidenceHolders.For(grains, intent.Town, intent.Subject).HoldsEvidenceFileAsync(intent.EvidenceId, intent.Sha256)
            : Task.FromResult(false);
}
