using Fairtrade.Grains.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fairtrade.Grains.Tests.Storage;

/// <summary>A temp folder with one grain database that any number of provider instances open, removed afterwards.</summary>
public sealed class StorageFolder : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("fairtrade-storage-").FullName;

    // A folder that does not exist yet: every test also proves that the provider creates it.
    public string DatabasePath => Path.Combine(_root, "nested", "grains.db");

    public async Task<SqliteGrainStorage> OpenStorageAsync()
    {
        var storage = new SqliteGrainStorage("test", DatabasePath, NullLogger<SqliteGrainStorage>.Instance);
        await storage.InitializeAsync(CancellationToken.None);
        return storage;
    }

    /// <summary>Runs SQL on a connection of the test's own, past the provider, and returns the first value.</summary>
    public async Task<object?> QueryAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public static CounterGrainState State(int count, string? etag = null) =>
        new() { State = new CounterState { Count = count, Names = ["a", "b"] }, ETag = etag };

    public static async Task<CounterGrainState> ReadAsync(SqliteGrainStorage storage, string stateName, GrainId grainId)
    {
        var state = new CounterGrainState();
        await storage.ReadStateAsync(stateName, grainId, state);
        return state;
    }

    public void Dispose()
    {
        // Only this database's pool: clearing all pools while another test opens a pooled connection can dispose it
        // under that test (Microsoft.Data.Sqlite reclaims it as leaked).
        using (var connection = new SqliteConnection(SqliteStateTable.ConnectionStringFor(DatabasePath)))
        {
            SqliteConnection.ClearPool(connection);
        }

        Directory.Delete(_root, recursive: true);
    }
}
