using Fairtrade.Grains.Storage;

namespace Fairtrade.Grains.Tests.Infrastructure;

/// <summary>SQLite files in a temp folder, each in a folder that does not exist yet: every test also proves the provider creates it.</summary>
public sealed class SqliteDatabases : StorageDatabases, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("fairtrade-storage-").FullName;
    private readonly List<SqliteDatabase> _opened = [];

    public override Task<SqlDatabase> NewAsync()
    {
        var database = new SqliteDatabase(Path.Combine(_root, Guid.NewGuid().ToString("N"), "grains.db"));
        lock (_opened)
        {
            _opened.Add(database);
        }

        return Task.FromResult<SqlDatabase>(database);
    }

    public override SqlDatabase Unreachable() => new SqliteDatabase(Path.Combine(_root, "missing-folder", "grains.db"));

    public void Dispose()
    {
        // Only these databases' pools: clearing all pools while another test opens a pooled connection can dispose it
        // under that test (Microsoft.Data.Sqlite reclaims it as leaked).
        _opened.ForEach(database => database.ClearPool());
        Directory.Delete(_root, recursive: true);
    }
}
