using Fairtrade.Abstractions.Evidence;
using Fairtrade.Silo.Files;
using Fairtrade.Silo.Http;

namespace Fairtrade.Silo.Evidence;

/// <summary>
/// Before the first request: uploads a crash interrupted are settled. A file promised to evidence goes into the store
/// if the evidence was saved and is deleted if not; a file that was still arriving is deleted.
/// </summary>
public sealed class FileRecovery(IFileStore files, IGrainFactory grains, ILogger<FileRecovery> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var recovered = await files.RecoverAsync(IsReferencedAsync, cancellationToken);
        if (recovered > 0)
        {
            logger.LogInformation("Recovered {Count} uploaded files whose evidence was saved just before a stop", recovered);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private Task<bool> IsReferencedAsync(FileIntent intent) =>
        Identifiers.IsValid(intent.Town) && (EvidenceSubjects.IsTownLevel(intent.Subject) || Identifiers.IsValid(intent.Subject))
            ? EvidenceHolders.For(grains, intent.Town, intent.Subject).HoldsEvidenceFileAsync(intent.EvidenceId, intent.Sha256)
            : Task.FromResult(false);
}
