using Fairtrade.Grains.Storage;

namespace Fairtrade.Grains.Tests.Infrastructure;

/// <summary>Where the storage contract runs: each test asks for a new, empty database of one dialect.</summary>
public abstract class StorageDatabases
{
    public abstract Task<SqlDatabase> NewAsync();

    /// <summary>A database of this dialect that cannot be reached.</summary>
    public abstract SqlDatabase Unreachable();

    /// <summary>Runs SQL past the provider and returns the first value.</summary>
    public static async Task<object?> QueryAsync(SqlDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.Command(sql);
        return await command.ExecuteScalarAsync();
    }
}
