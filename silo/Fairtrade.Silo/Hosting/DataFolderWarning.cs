namespace Fairtrade.Silo.Hosting;

/// <summary>At start, a warning for each folder of the data folder that others than its owner may read (see <see cref="DataFolder"/>).</summary>
public sealed class DataFolderWarning(string[] openToOthers, ILogger<DataFolderWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var folder in openToOthers)
        {
            logger.LogWarning("The data folder {Folder} may be read by others than its owner; it holds cookie keys and evidence: chmod 700 it", folder);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
