using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Grains.Towns;

/// <summary>The town's entry of each participant: what the participants tell it of themselves.</summary>
public sealed partial class TownGrain
{
    public async Task<string?> CreateParticipantAsync(string? id, ParticipantDetails details, string actor)
    {
        if (Profile is not { } profile)
        {
            return null;
        }

        // The new participant tells this town of itself before it answers: that call, in this one's chain, comes in meanwhile.
        using var reentry = RequestContext.AllowCallChainReentrancy();
        foreach (var candidate in ParticipantIds.Candidates(id, details.Name))
        {
            // The participant's own grain decides whether the id is free: the town may not have heard of it yet.
            if (!EvidenceSubjects.IsTownLevel(candidate) && !_participants.Contains(candidate)
                && await GrainFactory.Participant(profile.Slug, candidate).CreateAsync(details, profile.Ruleset, actor))
            {
                return candidate;
            }
        }

        return null;
    }

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
