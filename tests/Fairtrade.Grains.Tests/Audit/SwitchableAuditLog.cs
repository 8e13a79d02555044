using Fairtrade.Abstractions.Audit;

namespace Fairtrade.Grains.Tests.Audit;

/// <summary>The real audit log, which a test can make unreachable.</summary>
public sealed class SwitchableAuditLog(IAuditLog inner) : IAuditLog
{
    public bool Reachable { get; set; } = true;

    public Task AppendAsync(string town, IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken = default) =>
        Reachable ? inner.AppendAsync(town, entries, cancellationToken) : throw new IOException("The audit log is unreachable.");

    public Task<IReadOnlyList<AuditEntry>> ReadAsync(string town, DateTimeOffset? since, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(town, since, cancellationToken);

    public Task EraseAsync(string town, string subject, IReadOnlyCollection<string> values, CancellationToken cancellationToken = default) =>
        inner.EraseAsync(town, subject, values, cancellationToken);
}
