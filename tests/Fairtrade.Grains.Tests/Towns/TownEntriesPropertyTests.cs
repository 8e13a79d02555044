using System.Text.Json;
using Fairtrade.Abstractions;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Storage;
using Fairtrade.Grains.Tests.Infrastructure;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;
using Microsoft.Extensions.Logging.Abstractions;
using static Fairtrade.Grains.Tests.Infrastructure.Towns;

namespace Fairtrade.Grains.Tests.Towns;

/// <summary>
/// The town keeps each participant's entry as a record of its own; before, its state held them all. Over random
/// histories of participants, the status the town answers is the same live, after a restart that reads the records,
/// and from a database where the town stored its entries the way it did before (which it then moves out).
/// </summary>
public sealed class TownEntriesPropertyTests : IDisposable
{
    private const int TownCount = 8;
    private static readonly ParticipantKind[] Kinds = [ParticipantKind.Retail, ParticipantKind.Catering, ParticipantKind.School, ParticipantKind.Club, ParticipantKind.Faith];
    private static readonly string[] Products = ["Kaffee", "Tee", "Bananen", "Schokolade", "Saft"];
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task TheStatusIsTheSameLiveAfterARestartAndFromEntriesStoredInTheTownsState()
    {
        var random = new Random(20261207);
        var slugs = Enumerable.Range(1, TownCount).Select(n => $"town-{n}").ToArray();
        var days = Enumerable.Range(0, 12).Select(_ => Today.AddDays(random.Next(-900, 900))).Append(Today).ToArray();
        var current = new SqliteDatabase(_folder.File("current.db"));
        Dictionary<string, string> live;
        await using (var silo = await TestSilo.StartAsync(current))
        {
            foreach (var slug in slugs)
            {
                await silo.Grains.CreateTownAsync(slug, population: random.Next(2_000, 700_000));
                await PlayRandomHistoryAsync(silo.Grains, slug, random);
            }

            live = await StatusesAsync(silo.Grains, slugs, days);
        }

        var before = new SqliteDatabase(_folder.File("before.db"));
        await StoreTheWayItWasAsync(current, before, slugs);

        await using (var restarted = await TestSilo.StartAsync(current))
        {
            (await StatusesAsync(restarted.Grains, slugs, days)).ShouldBe(live);
        }

        await using (var fromBefore = await TestSilo.StartAsync(before))
        {
            (await StatusesAsync(fromBefore.Grains, slugs, days)).ShouldBe(live);
        }

        var moved = await ReadTownAsync(before, slugs[0]);
        moved.State.State!.Participants.ShouldBeEmpty();
        (await moved.Storage.ReadRecordsAsync<ParticipantEntry>(TownGrainId(slugs[0]), "participants")).ShouldNotBeEmpty();
    }

    private static async Task PlayRandomHistoryAsync(IGrainFactory grains, string slug, Random random)
    {
        var ids = Enumerable.Range(1, random.Next(3, 12)).Select(n => $"p-{n}").ToArray();
        foreach (var id in ids)
        {
            var details = new ParticipantDetails(Kinds[random.Next(Kinds.Length)], id, null, null, Some(random), null, random.Next(4) > 0);
            await grains.Participant(slug, id).CreateAsync(details, "de-town", "coordinator");
        }

        for (var step = 0; step < 40; step++)
        {
            var participant = grains.Participant(slug, ids[random.Next(ids.Length)]);
            var day = Today.AddDays(random.Next(-800, 30));
            _ = random.Next(10) switch
            {
                < 5 => await participant.SubmitEvidenceAsync(Declaration(participant.GetPrimaryKeyString().Split('/')[1], day) with { Source = random.Next(3) > 0 ? EvidenceSource.Coordinator : EvidenceSource.Participant }),
                < 7 => (object?)await participant.AddActivityAsync(day, "Aktion", "coordinator"),
                < 9 => await participant.UpdateAsync(new ParticipantChanges(null, null, null, null, Some(random), null, null, []), Today, "coordinator"),
                _ => await participant.ArchiveAsync(null, "coordinator"),
            };
        }
    }

    private static string[] Some(Random random) => [.. Products.Where(_ => random.Next(2) == 0)];

    private static async Task<Dictionary<string, string>> StatusesAsync(IGrainFactory grains, string[] slugs, DateOnly[] days)
    {
        var statuses = new Dictionary<string, string>();
        foreach (var slug in slugs)
        {
            foreach (var day in days)
            {
                statuses[$"{slug} {day}"] = JsonSerializer.Serialize(await grains.Town(slug).GetStatusAsync(day));
            }
        }

        return statuses;
    }

    /// <summary>Each town's state with its entries inside it, as towns were stored (in storage format 1) before the entries were kept apart.</summary>
    private static async Task StoreTheWayItWasAsync(SqlDatabase from, SqlDatabase to, string[] slugs)
    {
        var storage = new SqlGrainStorage(StorageNames.Main, to, NullLogger<SqlGrainStorage>.Instance);
        await storage.InitializeAsync(CancellationToken.None);
        foreach (var slug in slugs)
        {
            var (state, records) = await ReadTownAsync(from, slug);
            foreach (var entry in await records.ReadRecordsAsync<ParticipantEntry>(TownGrainId(slug), "participants"))
            {
                state.State!.Participants[entry.Id] = entry;
            }

            state.ETag = null;
            await storage.WriteStateAsync(StateNames.Town, TownGrainId(slug), state);
        }

        await StorageDatabases.QueryAsync(to, "UPDATE grain_state SET schema_version = 1;");
    }

    private static async Task<(GrainState<TownState> State, SqlGrainStorage Storage)> ReadTownAsync(SqlDatabase database, string slug)
    {
        var storage = new SqlGrainStorage(StorageNames.Main, database, NullLogger<SqlGrainStorage>.Instance);
        var state = new GrainState<TownState>();
        await storage.ReadStateAsync(StateNames.Town, TownGrainId(slug), state);
        return (state, storage);
    }

    private static GrainId TownGrainId(string slug) => GrainId.Create("town", slug);
}
