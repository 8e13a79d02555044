using Fairtrade.Abstractions.Renewals;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Grains.Persistence;

namespace Fairtrade.Grains.Renewals;

// Read rarely (a download now and then, for years): no reason to keep its megabyte in memory for long.
[CollectionAgeLimit(Minutes = 5)]
public sealed class RenewalSubmissionGrain(
    [PersistentState(StateNames.RenewalSubmission, StorageNames.Main)] IPersistentState<RenewalSubmissionState> state) : Grain, IRenewalSubmissionGrain
{
    public async Task StoreAsync(FrozenSubmission submission)
    {
        state.State.Submission = submission;
        await state.SaveAsync();
    }

    public Task<FrozenSubmission?> GetAsync() => Task.FromResult(state.State.Submission);
}
