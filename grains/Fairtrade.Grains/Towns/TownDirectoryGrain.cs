using Fairtrade.Abstractions.Storage;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Persistence;

namespace Fairtrade.Grains.Towns;

public sealed class TownDirectoryGrain(
    [PersistentState(StateNames.TownDirectory, StorageNames.Main)] IPersistentState<TownDirectoryState> state) : Grain, ITownDirectoryGrain
{
    public async Task AddAsync(string slug)
    {
        if (state.State.Slugs.Add(slug))
        {
            await state.SaveAsync();
        }
    }

    public Task<string[]> ListAsync() => Task.FromResult(state.State.Slugs.ToArray());

    public Task<bool> ContainsAsync(string slug) => Task.FromResult(state.State.Slugs.Contains(slug));
}
