using Fairtrade.Abstractions.Audit;

namespace Fairtrade.Grains.Participants;

/// <summary>Erasing the participant's personal data, on request, wherever the campaign holds it.</summary>
public sealed partial class ParticipantGrain
{
    /// <summary>
    /// Collects the values first, from the state and the audit trail, and clears them from the town's outbox, this
    /// state and the audit trail in that order, each step repeatable: a request that fails half-way is simply asked
    /// again and finds the values where they are left.
    /// </summary>
    public async Task<bool> ErasePersonalDataAsync(string actor)
    {
        if (!Exists)
        {
            return false;
        }

        await Audit.FlushAsync();
        var history = (await auditLog.ReadAsync(Town, null)).Where(e => e.Subject == Id);
        var erased = PersonalDataErasure.Collect(state.State, history);
        await GrainFactory.Notifications(Town).ErasePersonalDataAsync(Id, [.. erased.Values]);
        PersonalDataErasure.Erase(state.State, erased);
        Audit.Record(actor, "participant.personal-data-erased", Id, new() { ["personalData"] = new FieldChange(null, "\"erased\"") });
        await SaveAsync();
        await auditLog.EraseAsync(Town, Id, erased.Values);
        return true;
    }
}
