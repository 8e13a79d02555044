using Fairtrade.Abstractions.Participants;

namespace Fairtrade.Grains.Towns;

/// <summary>The town's entry of each participant: what the participants tell it of themselves.</summary>
public sealed partial class TownGrain
{
    public async Task RecordParticipantAsync(ParticipantEntry entry)
    {
        if (Profile is null)
        {
            return;
        }

        _computed.Forget();
        if (await _participants.RecordAsync(entry))
        {
            _entriesRecorded++;
            _campaignRow.Changed(time.GetUtcNow());
        }
    }

    public Task<bool> HasParticipantAsync(string participantId) => Task.FromResult(Profile is not null && _participants.Contains(participantId));

    public Task<ParticipantEntry[]> GetParticipantsAsync() =>
        Task.FromResult(_participants.All.OrderBy(p => p.Id, StringComparer.Ordinal).ToArray());
}
