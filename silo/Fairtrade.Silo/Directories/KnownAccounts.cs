using Fairtrade.Abstractions.Towns;

namespace Fairtrade.Silo.Directories;

/// <summary>The accounts there are, asked before an account's grain is activated for a user name from a request.</summary>
public sealed class KnownAccounts(IGrainFactory grains) : KnownNames
{
    protected override Task<bool> ListedAsync(string name) =>
        grains.AccountDirectory().ContainsAsync(name);
}
