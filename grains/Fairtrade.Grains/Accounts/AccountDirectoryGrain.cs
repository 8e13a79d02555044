using Fairtrade.Abstractions.Accounts;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Grains.Persistence;

namespace Fairtrade.Grains.Accounts;

public sealed class AccountDirectoryGrain(
    [PersistentState(StateNames.AccountDirectory, StorageNames.Main)] IPersistentState<AccountDirectoryState> state) : Grain, IAccountDirectoryGrain
{
    public async Task AddAsync(string userName)
    {
        if (state.State.UserNames.Add(userName))
        {
            await state.SaveAsync();
        }
    }

    public Task<string[]> ListAsync() => Task.FromResult(state.State.UserNames.ToArray());

    public Task<bool> ContainsAsync(string userName) => Task.FromResult(state.State.UserNames.Contains(userName));
}
