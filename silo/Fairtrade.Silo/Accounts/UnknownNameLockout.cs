using System.Collections.Concurrent;
using Fairtrade.Grains.Accounts;

namespace Fairtrade.Silo.Accounts;

/// <summary>
/// Counts wrong sign-ins for names that have no account, and locks them as an account would be locked, so a lockout
/// does not tell which names exist. Kept by the silo in bounded memory instead of in an account grain, so guessed
/// names activate nothing.
/// </summary>
public sealed class UnknownNameLockout([FromKeyedServices(CampaignClock.ServiceKey)] TimeProvider time)
{
    // Beyond this many names, the ones not locked are forgotten first: a guessing flood cannot grow the silo's memory,
    // nor wipe a lockout, which would tell a name without an account from one whose account stays locked.
    private const int MaxNames = 10_000;

    private readonly ConcurrentDictionary<string, Attempts> _names = new(StringComparer.Ordinal);

    /// <summary>Counts an attempt; the end of the lockout it is refused by, if any.</summary>
    public DateTimeOffset? Attempt(string name)
    {
        var now = time.GetUtcNow();
        if (_names.Count >= MaxNames)
        {
            Forget(now);
        }

        var attempts = _names.AddOrUpdate(name, _ => new Attempts(1, null), (_, a) => a.LockedUntil > now ? a : Next(a, now));
        return attempts.LockedUntil > now ? attempts.LockedUntil : null;
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (name, attempts) in _names)
        {
            if (!(attempts.LockedUntil > now))
            {
                _names.TryRemove(name, out _);
            }
        }

        // Every name locked at once: the oldest lockouts end first.
        foreach (var (name, _) in _names.OrderBy(n => n.Value.LockedUntil).Take(_names.Count - (MaxNames - 1)))
        {
            _names.TryRemove(name, out _);
        }
    }

    private static Attempts Next(Attempts attempts, DateTimeOffset now) =>
        attempts.Failures + 1 >= AccountGrain.FailuresBeforeLockout
            ? new Attempts(0, now + AccountGrain.LockoutPeriod)
            : new Attempts(attempts.Failures + 1, null);

    private sealed record Attempts(int Failures, DateTimeOffset? LockedUntil);
}
