using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fairtrade.Grains.Storage;
using Fairtrade.Grains.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fairtrade.Grains.Tests.Persistence.StoredContract;

/// <summary>
/// The fixture of state stored before its names were pinned (<see cref="TodaysStateFixture"/>), read by this version's
/// storage: every value stored there comes back under the name it was stored by; members added since may be anywhere.
/// </summary>
public sealed class TodaysStateTests : IDisposable
{
    private static readonly MethodInfo ReadState = typeof(TodaysStateTests).GetMethod(nameof(ReadStateAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ReadRecords = typeof(TodaysStateTests).GetMethod(nameof(ReadRecordsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task TheFixtureHoldsEveryStateAndRecordOfItsDay()
    {
        var rows = await TodaysStateFixture.RowsAsync(TodaysStateFixture.CopyTo(_folder));

        rows.Select(row => row.State.Split('/')[0]).Distinct().ShouldBe(
        [
            "account", "account-directory", "barrier-reports", "calendar-links", "notifications", "participant", "participants",
            "reminder-schedule", "renewal-submission", "renewals", "town", "town-directory", "towns", "upload-quota",
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task EveryStoredValueIsReadBackUnderItsStoredName()
    {
        var database = TodaysStateFixture.CopyTo(_folder);
        var storage = new SqlGrainStorage("main", new SqliteDatabase(database), NullLogger<SqlGrainStorage>.Instance);

        foreach (var row in await TodaysStateFixture.RowsAsync(database))
        {
            var read = StoredTypes.States.SingleOrDefault(root => root.Name == row.State) is { } state
                ? await ReadAsync(ReadState, state, storage, row)
                : await ReadAsync(ReadRecords, StoredTypes.Records.Single(root => row.State.StartsWith(root.Name + "/", StringComparison.Ordinal)), storage, row);

            JsonShape.Shaped(read, row.Json)!.ToJsonString().ShouldBe(row.Json.ToJsonString(), $"'{row.State}' of {row.Grain}");
        }
    }

    private static async Task<JsonNode?> ReadAsync(MethodInfo read, StoredRoot root, SqlGrainStorage storage, FixtureRow row) =>
        JsonSerializer.SerializeToNode(await (Task<object?>)read.MakeGenericMethod(root.Type).Invoke(null, [storage, root.Name, row])!, root.Type, StoredJson.Options);

    private static async Task<object?> ReadStateAsync<T>(SqlGrainStorage storage, string name, FixtureRow row)
    {
        var state = new GrainState<T>();
        await storage.ReadStateAsync(name, GrainId.Parse(row.Grain), state);
        state.RecordExists.ShouldBeTrue();
        return state.State;
    }

    // The fixture holds one record in each grain's set.
    private static async Task<object?> ReadRecordsAsync<T>(SqlGrainStorage storage, string set, FixtureRow row) =>
        (await storage.ReadRecordsAsync<T>(GrainId.Parse(row.Grain), set)).Single();
}
