using System.Collections.Concurrent;

namespace Fairtrade.Silo.Directories;

/// <summary>
/// The names a directory grain lists, remembered by this silo as they are confirmed. A name from outside (a slug in a
/// path, a user name, a token) is looked up here before any grain is activated for it, so made-up names cost one call
/// to the directory, which is always active, and leave nothing behind. Only listed names are remembered: towns and
/// accounts are never deleted, so a remembered name stays true, and the memory grows with real names only.
/// </summary>
public abstract class KnownNames
{
    private readonly ConcurrentDictionary<string, byte> _known = new(StringComparer.Ordinal);

    public async ValueTask<bool> ContainsAsync(string name)
    {
        if (_known.ContainsKey(name))
        {
            return true;
        }

        if (!await ListedAsync(name))
        {
            return false;
        }

        _known.TryAdd(name, 0);
        return true;
    }

    /// <summary>Asks the directory grain.</summary>
    protected abstract Task<bool> ListedAsync(string name);
}
