namespace Fairtrade.Abstractions.Towns;

/// <summary>The list of every town's slug (key: <see cref="GrainKeys.TownDirectory"/>).</summary>
[Alias("fairtrade.ITownDirectoryGrain")]
public interface ITownDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Adds a slug; adding it again changes nothing.</summary>
    [Alias("Add")]
    Task AddAsync(string slug);

    [Alias("List")]
    Task<string[]> ListAsync();

    /// <summary>Whether the name is listed: asked before a grain is activated for a name from outside.</summary>
    [Alias("Contains")]
    Task<bool> ContainsAsync(string slug);
}
