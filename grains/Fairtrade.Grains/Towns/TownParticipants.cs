using System.Text.Json;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Grains.Storage;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Grains.Towns;

/// <summary>
/// The town's entry of each participant, each stored as a record of its own beside the town's state: a participant's
/// change writes its one small entry, in a town of ten as in a town of two thousand.
/// </summary>
internal sealed class TownParticipants(IGrainRecordStorage records, GrainId town)
{
    public const string SetName = "participants";

    private readonly Dictionary<string, ParticipantEntry> _entries = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ParticipantEntry> All => _entries.Values;

    public async Task LoadAsync()
    {
        foreach (var entry in await records.ReadRecordsAsync<ParticipantEntry>(town, SetName))
        {
            _entries[entry.Id] = entry;
        }
    }

    /// <summary>Stores the entry; false, writing nothing, when it is the one stored (a participant retrying after a lost answer).</summary>
    public async Task<bool> RecordAsync(ParticipantEntry entry)
    {
        if (_entries.TryGetValue(entry.Id, out var known) && Same(known, entry))
        {
            return false;
        }

        await records.WriteRecordAsync(town, SetName, entry.Id, entry);
        _entries[entry.Id] = entry;
        return true;
    }

    public bool Contains(string id) => _entries.ContainsKey(id);

    /// <summary>The ids of the participants the public may not see on <paramref name="day"/>.</summary>
    public IReadOnlySet<string> HiddenFromPublicOn(DateOnly day) =>
        _entries.Values.Where(p => !PublicListing.Shows(p.ListPublicly, p.IsArchivedOn(day))).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

    public ParticipantEntry? HoldingEvidence(string evidenceId) => _entries.Values.FirstOrDefault(p => p.Evidence.Any(e => e.Id == evidenceId));

    // Entries hold arrays, which records compare by reference.
    private static bool Same(ParticipantEntry a, ParticipantEntry b) => JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);
}
