using System.Text.Json.Nodes;
using Fairtrade.Grains.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Fairtrade.Grains.Tests.Persistence.StoredContract;

/// <summary>
/// State as it was stored before its names were pinned (Fixtures/before-pinned-names, written on 2026-12-08 by
/// <see cref="TodaysStateWriter"/> with the storage of commit 2e43887): every grain state and record type, nine times
/// (keys <c>fixture-0</c> to <c>fixture-8</c>), a value in each member and every enum value somewhere.
/// </summary>
internal static class TodaysStateFixture
{
    public const int Variants = 9;

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Persistence", "Fixtures", "before-pinned-names");

    /// <summary>A copy in <paramref name="folder"/> to work on; the fixture itself stays as written.</summary>
    public static string CopyTo(TempDirectory folder)
    {
        var database = folder.File("fairtrade.db");
        File.Copy(Path.Combine(Folder, "fairtrade.db"), database);
        return database;
    }

    /// <summary>The rows as stored, read past the storage.</summary>
    public static async Task<List<FixtureRow>> RowsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT grain_id, state_name, payload FROM grain_state ORDER BY grain_id, state_name;";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<FixtureRow>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(new FixtureRow(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }
}

/// <summary>One stored row: the grain, the state's name (or the record's set and key), the JSON.</summary>
internal sealed record FixtureRow(string Grain, string State, string Payload)
{
    public JsonNode Json => JsonNode.Parse(Payload)!;
}
