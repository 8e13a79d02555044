using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Grains.Storage;
using Fairtrade.Grains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Metadata;

namespace Fairtrade.Grains.Tests.Persistence.StoredContract;

/// <summary>
/// Writes a fixture like <see cref="TodaysStateFixture"/>: for every grain state and record type, one row per sample
/// variant (<see cref="SampleJson"/>), written by the silo's own storage into Fixtures/stored-contract-new/fairtrade.db
/// in the source tree. Runs only on request: <c>dotnet test --project tests/Fairtrade.Grains.Tests -- --filter-class
/// "Fairtrade.Grains.Tests.Persistence.StoredContract.TodaysStateWriter" --explicit only</c>. A new fixture goes beside
/// the ones committed, under a name saying what it was written before; those stay as they were written.
/// </summary>
public sealed class TodaysStateWriter
{
    private static readonly MethodInfo WriteState = typeof(TodaysStateWriter).GetMethod(nameof(WriteStateAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo WriteRecord = typeof(TodaysStateWriter).GetMethod(nameof(WriteRecordAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    [Fact(Explicit = true)]
    public async Task WritesEveryStoredTypeIntoANewFixture()
    {
        var file = Path.Combine(SourceFolder(), "Fixtures", "stored-contract-new", "fairtrade.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.Delete(file);
        var database = new SqliteDatabase(file);

        await using (var silo = await TestSilo.StartAsync(database))
        {
            var storage = silo.Services.GetRequiredKeyedService<SqlGrainStorage>(StorageNames.Main);
            var grainTypes = silo.Services.GetRequiredService<GrainTypeResolver>();
            for (var variant = 0; variant < SampleJson.Variants; variant++)
            {
                foreach (var root in StoredTypes.States.Concat(StoredTypes.Records))
                {
                    var grain = GrainId.Create(grainTypes.GetGrainType(root.Grain), $"fixture-{variant}");
                    var value = SampleJson.Of(root.Type, variant).Deserialize(root.Type, StoredJson.Options)!;
                    var write = StoredTypes.Records.Contains(root) ? WriteRecord : WriteState;
                    await (Task)write.MakeGenericMethod(root.Type).Invoke(null, [storage, root.Name, grain, value])!;
                }
            }
        }

        database.ClearPool();
        File.Exists(file + "-wal").ShouldBeFalse();
    }

    private static Task WriteStateAsync<T>(SqlGrainStorage storage, string name, GrainId grain, T state) =>
        storage.WriteStateAsync(name, grain, new GrainState<T>(state));

    private static Task WriteRecordAsync<T>(SqlGrainStorage storage, string set, GrainId grain, T record) =>
        storage.WriteRecordAsync(grain, set, grain.Key.ToString()!, record);

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(Path.GetDirectoryName(path))!;
}
