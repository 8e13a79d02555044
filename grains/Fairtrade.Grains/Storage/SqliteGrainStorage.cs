using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Fairtrade.Grains.Storage;

/// <summary>
/// Grain state in one SQLite file: JSON payloads, a version number as ETag with compare-and-swap, WAL journal with
/// full sync so that an acknowledged write survives a killed process and a power cut.
/// </summary>
public sealed class SqliteGrainStorage(string name, string databasePath, ILogger<SqliteGrainStorage> logger)
    : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>The payload format this code writes; rows written by a newer format are refused, never misread.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe($"{nameof(SqliteGrainStorage)}-{name}", ServiceLifecycleStage.ApplicationServices, InitializeAsync);

    /// <summary>Creates the folder, the file and the table if missing; safe to call again.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, SqliteStatements.CreateSchema, cancellationToken);
        logger.LogInformation("Grain storage {Name} ready in {Path}", name, Path.GetFullPath(databasePath));
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = Command(connection, SqliteStatements.Read, stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            Reset(grainState);
            return;
        }

        var version = reader.GetInt64(0);
        var schema = reader.GetInt32(1);
        if (schema > SchemaVersion)
        {
            throw new InvalidOperationException(
                $"State '{stateName}' of {grainId} was written in storage format {schema}; this version reads up to {SchemaVersion}. Upgrade before reading it.");
        }

        grainState.State = JsonSerializer.Deserialize<T>(reader.GetString(2), Json) ?? Activator.CreateInstance<T>();
        grainState.ETag = version.ToString();
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var payload = JsonSerializer.Serialize(grainState.State, Json);
        await using var connection = await OpenAsync(CancellationToken.None);
        var expected = ParseETag(grainState.ETag);
        await using var command = Command(connection, expected is null ? SqliteStatements.Insert : SqliteStatements.Update, stateName, grainId);
        command.Parameters.AddWithValue("$payload", payload);
        command.Parameters.AddWithValue("$schema", SchemaVersion);
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O"));
        command.Parameters.AddWithValue("$expected", expected ?? 0);
        if (await command.ExecuteNonQueryAsync() == 0)
        {
            throw await ConflictAsync(connection, stateName, grainId, grainState.ETag);
        }

        grainState.ETag = ((expected ?? 0) + 1).ToString();
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        if (ParseETag(grainState.ETag) is { } expected)
        {
            await using var command = Command(connection, SqliteStatements.Delete, stateName, grainId);
            command.Parameters.AddWithValue("$expected", expected);
            if (await command.ExecuteNonQueryAsync() == 0)
            {
                throw await ConflictAsync(connection, stateName, grainId, grainState.ETag);
            }
        }

        Reset(grainState);
    }

    /// <summary>Opens a connection and runs a trivial query: is storage reachable?</summary>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "SELECT count(*) FROM grain_state LIMIT 1;", cancellationToken);
    }

    private static void Reset<T>(IGrainState<T> grainState)
    {
        grainState.State = Activator.CreateInstance<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private static long? ParseETag(string? etag) => etag is null ? null
        : long.TryParse(etag, out var version) ? version
        : throw new InconsistentStateException($"'{etag}' is not an ETag of this storage.", etag, etag);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, SqliteStatements.ConnectionPragmas, cancellationToken);
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string stateName, GrainId grainId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$grain", grainId.ToString());
        command.Parameters.AddWithValue("$state", stateName);
        return command;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<InconsistentStateException> ConflictAsync(SqliteConnection connection, string stateName, GrainId grainId, string? etag)
    {
        await using var command = Command(connection, SqliteStatements.ReadVersion, stateName, grainId);
        var stored = await command.ExecuteScalarAsync() is long version ? version.ToString() : null;
        return new InconsistentStateException(
            $"State '{stateName}' of {grainId} changed since it was read (stored version {stored ?? "none"}, expected {etag ?? "none"}).", stored, etag);
    }
}
