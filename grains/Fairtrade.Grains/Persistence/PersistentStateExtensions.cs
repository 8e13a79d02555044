namespace Fairtrade.Grains.Persistence;

internal static class PersistentStateExtensions
{
    /// <summary>
    /// Writes the state; if the write fails, reloads what is stored so the grain never answers from a change that
    /// was not saved (a request that fails changes nothing).
    /// </summary>
    public static async Task SaveAsync<T>(this IPersistentState<T> state)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }
    }
}
