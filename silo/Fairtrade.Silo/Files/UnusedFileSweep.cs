using System.Text.RegularExpressions;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Grains.Storage;

namespace Fairtrade.Silo.Files;

/// <summary>
/// Once a day, removes stored files that no evidence refers to any more (their evidence was deleted): stored longer
/// than the grace period, <see cref="Grace"/>, and found unused by this sweep and by the one before it, a day earlier,
/// so a backup running meanwhile still finds every file its copy of the database names. What refers to a file is found
/// in every stored grain state, read past the grains: any SHA-256 written in any state keeps its file, so a file is
/// never removed while anything might still name it. Uploads under way are safe as well: their files are younger than
/// the grace period, and the store deletes nothing an upload has promised to evidence (<see cref="IFileStore.DeleteUnclaimedAsync"/>).
/// </summary>
public sealed partial class UnusedFileSweep(
    IFileStore files, [FromKeyedServices(StorageNames.Main)] IStoredStates states, ILogger<UnusedFileSweep> logger) : BackgroundService
{
    /// <summary>Longer than any upload, recovery or backup takes; a file of deleted evidence can still be fetched meanwhile.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromDays(2);

    public static readonly TimeSpan Every = TimeSpan.FromDays(1);

    // What the previous sweep found unused; kept in memory, so after a restart a file waits one sweep more.
    private HashSet<string> _unusedBefore = [];

    /// <summary>
    /// Removes files stored longer ago than <paramref name="grace"/> that no stored state names now nor did at the
    /// previous sweep; answers how many. Sweeps are not meant to overlap (one a day).
    /// </summary>
    public async Task<int> SweepAsync(TimeSpan grace, CancellationToken cancellationToken)
    {
        // Listed before the states are read: a file stored after the listing is not a candidate, and one the states
        // name at any point of the reading is kept.
        var before = DateTimeOffset.UtcNow - grace;
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var sha256 in files.ListStoredBeforeAsync(before, cancellationToken))
        {
            candidates.Add(sha256);
        }

        await foreach (var payload in states.ReadEveryPayloadAsync(cancellationToken))
        {
            foreach (Match named in Sha256().Matches(payload))
            {
                candidates.Remove(named.Value);
            }
        }

        var confirmed = candidates.Where(_unusedBefore.Contains).ToArray();
        _unusedBefore = candidates;
        var removed = 0;
        foreach (var sha256 in confirmed)
        {
            removed += await files.DeleteUnclaimedAsync(sha256, before, cancellationToken) ? 1 : 0;
        }

        return removed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var removed = await SweepAsync(Grace, stoppingToken);
                logger.LogInformation("Removed {Count} stored files no evidence refers to any more", removed);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not sweep the stored files; trying again in {Every}", Every);
            }
        }
    }

    [GeneratedRegex("[0-9a-f]{64}", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256();
}
