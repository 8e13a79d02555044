namespace Fairtrade.Abstractions.Audit;

/// <summary>
/// The append-only record of every change in a town. There is no way to change or remove an entry; appending an
/// entry whose id is already there changes nothing, so a grain may hand the same entries over again after a crash.
/// </summary>
public interface IAuditLog
{
    Task AppendAsync(string town, IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>The town's entries at or after <paramref name="since"/>, oldest first, in the order they were appended.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(string town, DateTimeOffset? since, CancellationToken cancellationToken = default);
}
