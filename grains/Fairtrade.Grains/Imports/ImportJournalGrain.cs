using System.Diagnostics;
using Fairtrade.Abstractions.Imports;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Persistence;

namespace Fairtrade.Grains.Imports;

/// <summary>
/// The steps and the progress are two states: the steps are written once, the progress after every step. A crash
/// between a step and its note applies that one step again, which each step allows.
/// </summary>
public sealed class ImportJournalGrain(
    [PersistentState(StateNames.ImportJournal, StorageNames.Main)] IPersistentState<ImportJournalState> journal,
    [PersistentState(StateNames.ImportProgress, StorageNames.Main)] IPersistentState<ImportProgressState> progress,
    ILogger<ImportJournalGrain> logger) : Grain, IImportJournalGrain
{
    /// <summary>Well within the cluster's response timeout, however slow a step is under load.</summary>
    private static readonly TimeSpan Slice = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan ResumePause = TimeSpan.FromMilliseconds(50);

    private IGrainTimer? _resume;

    private ITownGrain Town => GrainFactory.Town(this.GetPrimaryKeyString());

    private int Applied => progress.State.JournalId == journal.State.Id ? progress.State.Applied : 0;

    private int Left => journal.State.Id is null ? 0 : journal.State.Steps.Count - Applied;

    public async Task<bool> BeginAsync(string actor, DateOnly asOf, ImportStep[] steps)
    {
        if (Left > 0)
        {
            return false;
        }

        // Noted first: a crash between the two leaves the town to find an empty journal, not a journal it never wakes.
        await Town.NoteImportAsync(true);
        journal.State = new ImportJournalState { Id = Ids.New(), Actor = actor, AsOf = asOf, Steps = [.. steps] };
        await journal.SaveAsync();
        return true;
    }

    public async Task<int> ApplySomeAsync()
    {
        var runner = new ImportStepRunner(GrainFactory, this.GetPrimaryKeyString(), journal.State.Actor, journal.State.AsOf, logger);
        var elapsed = Stopwatch.StartNew();
        while (Left > 0 && elapsed.Elapsed < Slice)
        {
            var next = Applied;
            await runner.ApplyAsync(journal.State.Steps[next]);
            progress.State.JournalId = journal.State.Id;
            progress.State.Applied = next + 1;
            await progress.SaveAsync();
        }

        if (journal.State.Id is not null && Left == 0)
        {
            await journal.ClearStateAsync();
            await Town.NoteImportAsync(false);
        }

        return Left;
    }

    public async Task ResumeAsync()
    {
        if (Left == 0)
        {
            // Noted, but the crash came before the journal was stored: nothing to apply.
            await Town.NoteImportAsync(false);
            DeactivateOnIdle();
        }
        else if (_resume is null)
        {
            logger.LogWarning("The import into {Town} was interrupted; applying its {Left} remaining steps", this.GetPrimaryKeyString(), Left);
            _resume = this.RegisterGrainTimer(ResumeSliceAsync, new GrainTimerCreationOptions(TimeSpan.Zero, ResumePause) { Interleave = false, KeepAlive = true });
        }
    }

    private async Task ResumeSliceAsync()
    {
        if (await ApplySomeAsync() == 0)
        {
            _resume?.Dispose();
            _resume = null;
        }
    }
}
