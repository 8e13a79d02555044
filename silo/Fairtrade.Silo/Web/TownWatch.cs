using System.Runtime.CompilerServices;
using Fairtrade.Silo.Towns;

namespace Fairtrade.Silo.Web;

/// <summary>
/// Watches the towns that open pages follow: one poll of a town's version (and of the day) per town, however many
/// pages follow it, and none for a town nobody follows. Each follower waits for the next change. The campaign's
/// console is followed the same way, under <see cref="CampaignConsole"/>.
/// </summary>
public sealed class TownWatch(IGrainFactory grains, CampaignCalendar calendar, ILogger<TownWatch> logger)
{
    /// <summary>The key of the campaign's console: no slug can be spelled so.</summary>
    public const string CampaignConsole = "*campaign";

    private static readonly TimeSpan CheckEvery = TimeSpan.FromMilliseconds(300);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Watcher> _watchers = [];

    /// <summary>The town's state as a follower compares it: its stored version and the day.</summary>
    public async Task<Stamp> ReadAsync(string slug) => new(
        slug == CampaignConsole ? await grains.CampaignBoard().GetVersionAsync() : await grains.Town(slug).GetVersionAsync(),
        calendar.Today);

    /// <summary>Each new state of the town after <paramref name="seen"/>, until <paramref name="cancellationToken"/> ends the following.</summary>
    public async IAsyncEnumerable<Stamp> ChangesAsync(string slug, Stamp seen, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var watcher = Follow(slug);
        try
        {
            while (true)
            {
                var (current, changed) = watcher.Snapshot();
                if (current is { } now && now != seen)
                {
                    seen = now;
                    yield return now;
                    continue;
                }

                if (!await WaitAsync(changed, cancellationToken))
                {
                    yield break;
                }
            }
        }
        finally
        {
            Unfollow(slug, watcher);
        }
    }

    private Watcher Follow(string slug)
    {
        lock (_gate)
        {
            if (!_watchers.TryGetValue(slug, out var watcher))
            {
                watcher = new Watcher();
                _watchers[slug] = watcher;
                _ = Task.Run(() => PollAsync(slug, watcher));
            }

            watcher.Followers++;
            return watcher;
        }
    }

    private void Unfollow(string slug, Watcher watcher)
    {
        lock (_gate)
        {
            if (--watcher.Followers == 0)
            {
                _watchers.Remove(slug);
                watcher.Stop.Cancel();
            }
        }
    }

    private async Task PollAsync(string slug, Watcher watcher)
    {
        using var timer = new PeriodicTimer(CheckEvery);
        try
        {
            do
            {
                try
                {
                    watcher.Publish(await ReadAsync(slug));
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // A silo that is restarting or a storage hiccup: the next tick tries again.
                    logger.LogWarning(exception, "Could not read the version of town {Town}", slug);
                }
            }
            while (await timer.WaitForNextTickAsync(watcher.Stop.Token));
        }
        catch (OperationCanceledException)
        {
            // Nobody follows the town any more.
        }
        finally
        {
            watcher.Stop.Dispose();
        }
    }

    private static async Task<bool> WaitAsync(Task changed, CancellationToken cancellationToken)
    {
        try
        {
            await changed.WaitAsync(cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>A town's version and the day; a change of either changes what its page shows.</summary>
    public readonly record struct Stamp(string? Version, DateOnly Day);

    private sealed class Watcher
    {
        private readonly Lock _gate = new();
        private Stamp? _current;
        private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Followers { get; set; }

        public CancellationTokenSource Stop { get; } = new();

        public (Stamp? Current, Task Changed) Snapshot()
        {
            lock (_gate)
            {
                return (_current, _changed.Task);
            }
        }

        public void Publish(Stamp stamp)
        {
            TaskCompletionSource changed;
            lock (_gate)
            {
                if (_current == stamp)
                {
                    return;
                }

                _current = stamp;
                changed = _changed;
                _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            changed.TrySetResult();
        }
    }
}
