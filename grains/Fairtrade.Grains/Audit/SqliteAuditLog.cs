using System.Text.Json;
using Fairtrade.Abstractions.Audit;
using Fairtrade.Grains.Storage;
using Microsoft.Data.Sqlite;

namespace Fairtrade.Grains.Audit;

/// <summary>The audit log in its own SQLite table: insert-only, ordered by an increasing sequence number.</summary>
public sealed class SqliteAuditLog(string databasePath) : IAuditLog, ILifecycleParticipant<ISiloLifecycle>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SqliteDatabase _database = new(databasePath);

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SqliteAuditLog), ServiceLifecycleStage.ApplicationServices, InitializeAsync);

    /// <summary>Creates the folder and the table if missing; safe to call again.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        await using var connection = await OpenAsync(cancellationToken);
        await using var create = connection.CreateCommand();
        create.CommandText = AuditStatements.CreateSchema;
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task AppendAsync(string town, IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var entry in entries)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = AuditStatements.Append;
            command.Parameters.AddWithValue("$id", entry.Id);
            command.Parameters.AddWithValue("$town", town);
            command.Parameters.AddWithValue("$at", entry.At.UtcDateTime.ToString("O"));
            command.Parameters.AddWithValue("$actor", entry.Actor);
            command.Parameters.AddWithValue("$action", entry.Action);
            command.Parameters.AddWithValue("$subject", entry.Subject);
            command.Parameters.AddWithValue("$changes", JsonSerializer.Serialize(entry.Changes, Json));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string town, DateTimeOffset? since, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = AuditStatements.Read;
        command.Parameters.AddWithValue("$town", town);
        command.Parameters.AddWithValue("$since", (since ?? DateTimeOffset.MinValue).UtcDateTime.ToString("O"));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(reader.GetString(0), DateTimeOffset.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetString(2), reader.GetString(3), reader.GetString(4),
                JsonSerializer.Deserialize<Dictionary<string, FieldChange>>(reader.GetString(5), Json) ?? []));
        }

        return entries;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _database.OpenAsync(cancellationToken);
}
