using Fairtrade.Abstractions.Audit;
using Fairtrade.Grains.Persistence;

namespace Fairtrade.Grains.Audit;

/// <summary>
/// Audit entries travel with the change they describe: recorded into the grain's state (saved in the same write),
/// then handed to the audit log. Whatever a crash or an unreachable log leaves pending is handed over at the next
/// change or activation; the log ignores entries it has, so each lands exactly once.
/// </summary>
internal sealed class AuditOutbox(List<AuditEntry> pending, IAuditLog log, string town, TimeProvider time, ILogger logger)
{
    public void Record(string actor, string action, string subject, Dictionary<string, FieldChange> changes)
    {
        if (changes.Count > 0)
        {
            pending.Add(new AuditEntry(Ids.New(), time.GetUtcNow(), actor, action, subject, changes));
        }
    }

    public async Task FlushAsync()
    {
        if (pending.Count == 0)
        {
            return;
        }

        try
        {
            await log.AppendAsync(town, [.. pending]);
            pending.Clear();
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "The audit log of {Town} did not take {Count} entries; they stay pending", town, pending.Count);
        }
    }
}
