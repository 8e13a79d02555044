using System.Text.Json;
using Orleans.Storage;

namespace Fairtrade.Grains.Storage;

/// <summary>
/// Grain state in a <see cref="SqlDatabase"/> (SQLite or PostgreSQL): JSON payloads under pinned names
/// (<see cref="StoredJson"/>), a version number as ETag with compare-and-swap, committed durably before the grain's
/// write returns; and in the same table, a grain's records (<see cref="IGrainRecordStorage"/>).
/// </summary>
public sealed class SqlGrainStorage(string name, SqlDatabase database, ILogger<SqlGrainStorage> logger)
    : IGrainStorage, IGrainRecordStorage, IStoredStates, ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>
    /// The payload format this code writes; rows written by a newer format are refused, never misread. 2: a town's
    /// participants' entries are records of their own, so a version 1 build must not read a town written since.
    /// </summary>
    public const int SchemaVersion = 2;

    private static readonly JsonSerializerOptions Json = StoredJson.Options;
    private readonly StateTable _table = new(database);

    public IAsyncEnumerable<string> ReadEveryPayloadAsync(CancellationToken cancellationToken) => _table.ReadEveryPayloadAsync(cancellationToken);

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe($"{nameof(SqlGrainStorage)}-{name}", ServiceLifecycleStage.ApplicationServices, InitializeAsync);

    /// <summary>Creates the table if missing; safe to call again, and from several silos at once.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _table.CreateAsync(cancellationToken);
        logger.LogInformation("Grain storage {Name} ready in {Dialect} at {Location}", name, database.Dialect, database.Location);
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (await _table.ReadAsync(grainId.ToString(), stateName) is not { } row)
        {
            Reset(grainState);
            return;
        }

        CheckSchema(row, stateName, grainId);
        grainState.State = JsonSerializer.Deserialize<T>(row.Payload, Json) ?? Activator.CreateInstance<T>();
        grainState.ETag = row.Version.ToString();
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var expected = ParseETag(grainState.ETag);
        var payload = JsonSerializer.Serialize(grainState.State, Json);

        if (await _table.WriteAsync(grainId.ToString(), stateName, expected, SchemaVersion, payload) is not { } version)
        {
            throw await ConflictAsync(stateName, grainId, grainState.ETag);
        }

        grainState.ETag = version.ToString();
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (!await _table.DeleteAsync(grainId.ToString(), stateName, ParseETag(grainState.ETag)))
        {
            throw await ConflictAsync(stateName, grainId, grainState.ETag);
        }

        Reset(grainState);
    }

    public async Task<IReadOnlyList<T>> ReadRecordsAsync<T>(GrainId grainId, string setName)
    {
        var rows = await _table.ReadPrefixedAsync(grainId.ToString(), setName + "/");
        return [.. rows.Select(row => JsonSerializer.Deserialize<T>(CheckSchema(row, setName, grainId).Payload, Json)).OfType<T>()];
    }

    public Task WriteRecordAsync<T>(GrainId grainId, string setName, string key, T record) =>
        _table.UpsertAsync(grainId.ToString(), $"{setName}/{key}", SchemaVersion, JsonSerializer.Serialize(record, Json));

    private static StoredRow CheckSchema(StoredRow row, string stateName, GrainId grainId) => row.SchemaVersion <= SchemaVersion ? row
        : throw new InvalidOperationException(
            $"State '{stateName}' of {grainId} was written in storage format {row.SchemaVersion}; this version reads up to {SchemaVersion}. Upgrade before reading it.");

    private static void Reset<T>(IGrainState<T> grainState)
    {
        grainState.State = Activator.CreateInstance<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private static long? ParseETag(string? etag) => etag is null ? null
        : long.TryParse(etag, out var version) ? version
        : throw new InconsistentStateException($"'{etag}' is not an ETag of this storage.", null, etag);

    private async Task<InconsistentStateException> ConflictAsync(string stateName, GrainId grainId, string? etag)
    {
        var stored = (await _table.VersionAsync(grainId.ToString(), stateName))?.ToString();
        return new InconsistentStateException(
            $"State '{stateName}' of {grainId} changed since it was read (stored version {stored ?? "none"}, expected {etag ?? "none"}).", stored, etag);
    }
}
