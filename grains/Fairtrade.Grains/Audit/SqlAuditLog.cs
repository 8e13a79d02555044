using System.Text.Json;
using Fairtrade.Abstractions.Audit;
using Fairtrade.Grains.Storage;

namespace Fairtrade.Grains.Audit;

/// <summary>The audit log in its own table of the silo's database: insert-only, ordered by an increasing sequence number.</summary>
public sealed class SqlAuditLog(SqlDatabase database) : IAuditLog, ILifecycleParticipant<ISiloLifecycle>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SqlAuditLog), ServiceLifecycleStage.ApplicationServices, InitializeAsync);

    /// <summary>Creates the table if missing; safe to call again, and from several silos at once.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken) =>
        database.CreateSchemaAsync(AuditStatements.CreateSchema(database.Dialect), cancellationToken);

    public async Task AppendAsync(string town, IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var entry in entries)
        {
            await using var command = connection.Command(AuditStatements.Append, transaction)
                .With("id", entry.Id)
                .With("town", town)
                .With("at", database.Instant(entry.At))
                .With("actor", entry.Actor)
                .With("action", entry.Action)
                .With("subject", entry.Subject)
                .With("changes", JsonSerializer.Serialize(entry.Changes, Json));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string town, DateTimeOffset? since, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(AuditStatements.Read)
            .With("town", town)
            .With("since", database.Instant(since ?? DateTimeOffset.MinValue));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1),
                reader.GetString(2), reader.GetString(3), reader.GetString(4),
                JsonSerializer.Deserialize<Dictionary<string, FieldChange>>(reader.GetString(5), Json) ?? []));
        }

        return entries;
    }
}
