namespace Fairtrade.Abstractions.Audit;

/// <summary>
/// The append-only record of every change in a town. There is no way to remove an entry, and the only change is an
/// erasure's; appending an entry whose id is already there changes nothing, so a grain may hand the same entries over
/// again after a crash.
/// </summary>
public interface IAuditLog
{
    Task AppendAsync(string town, IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>The town's entries at or after <paramref name="since"/>, oldest first, in the order they were appended.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(string town, DateTimeOffset? since, CancellationToken cancellationToken = default);

    /// <summary>
    /// Rewrites the subject's entries so that no field value holds any of <paramref name="values"/> (personal data
    /// erased on request); the entries stay, with who did what when. The old bytes are not left behind where the
    /// database can drop them.
    /// </summary>
    Task EraseAsync(string town, string subject, IReadOnlyCollection<string> values, CancellationToken cancellationToken = default);
}
