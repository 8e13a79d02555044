using Fairtrade.Grains.Persistence;

namespace Fairtrade.Grains.Towns;

/// <summary>Whether an import is being applied to the town, so that one a crash interrupted is finished.</summary>
public sealed partial class TownGrain
{
    public async Task NoteImportAsync(bool pending)
    {
        if (state.State.ImportPending != pending)
        {
            state.State.ImportPending = pending;
            await state.SaveAsync();
        }
    }

    /// <summary>
    /// Only a town with an import noted wakes its journal, in the background: replayed participants report to this
    /// town, which cannot answer them while it is still activating.
    /// </summary>
    private Task ResumeImportAsync() =>
        state.State.ImportPending ? GrainFactory.ImportJournal(this.GetPrimaryKeyString()).ResumeAsync() : Task.CompletedTask;
}
