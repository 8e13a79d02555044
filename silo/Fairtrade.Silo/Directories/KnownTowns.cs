namespace Fairtrade.Silo.Directories;

/// <summary>The towns there are, asked before a town's grain is activated for a slug from a request.</summary>
public sealed class KnownTowns(IGrainFactory grains) : KnownNames
{
    protected override Task<bool> ListedAsync(string name) =>
        grains.TownDirectory().ContainsAsync(name);
}
