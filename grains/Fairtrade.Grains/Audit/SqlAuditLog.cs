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

    public async Task EraseAsync(string town, string subject, IReadOnlyCollection<string> values, CancellationToken cancellationToken = default)
    {
        var erased = new ErasedValues(values);
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var rows = new List<(string Id, Dictionary<string, FieldChange> Changes)>();
            await using (var read = connection.Command(AuditStatements.ReadSubject, transaction).With("town", town).With("subject", subject))
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add((reader.GetString(0), JsonSerializer.Deserialize<Dictionary<string, FieldChange>>(reader.GetString(1), Json) ?? []));
                }
            }

            foreach (var (id, changes) in rows)
            {
                var entry = new AuditEntry(id, default, "", "", subject, changes);
                if (erased.Hold(entry))
                {
                    await using var rewrite = connection.Command(AuditStatements.Rewrite, transaction)
                        .With("id", id)
                        .With("changes", JsonSerializer.Serialize(erased.Scrub(entry).Changes, Json));
                    await rewrite.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await database.DropOverwrittenDataAsync(cancellationToken);
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
