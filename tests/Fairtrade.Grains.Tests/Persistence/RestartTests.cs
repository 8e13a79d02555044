using System.Text.Json;
using Fairtrade.Abstractions;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Tests.Infrastructure;
using Fairtrade.Rules.Evidence;
using Orleans.Storage;
using static Fairtrade.Grains.Tests.Infrastructure.Towns;

namespace Fairtrade.Grains.Tests.Persistence;

public sealed class RestartTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EverythingWrittenIsThereAfterTheSiloRestartsOnTheSameDatabase()
    {
        var database = _folder.File("fairtrade.db");
        string before;
        await using (var silo = await TestSilo.StartAsync(database))
        {
            var town = await silo.Grains.CreateTownAsync("bottrop");
            await town.SetCouncilAsync(Today.AddYears(-1), ["Kaffee", "Tee"], "coordinator");
            await town.SubmitEvidenceAsync(Declaration(EvidenceSubjects.Council, Today));
            var shop = await silo.Grains.AddShopAsync("bottrop", "weltladen", "Kaffee", "Tee");
            await shop.SubmitEvidenceAsync(Declaration("weltladen", Today));
            before = JsonSerializer.Serialize(await town.GetStatusAsync(Today));
        }

        await using var restarted = await TestSilo.StartAsync(database);
        var after = await restarted.Grains.Town("bottrop").GetStatusAsync(Today);

        JsonSerializer.Serialize(after).ShouldBe(before);
        after!.Criteria.Single(c => c.Key == "retail-catering").Actual["retail"].ShouldBe(1);
        (await restarted.Grains.GetGrain<Abstractions.Participants.IParticipantGrain>("bottrop/weltladen").GetEvidenceAsync()).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task EveryRevisionWithItsFileAndDecisionIsThereAfterARestart()
    {
        var database = _folder.File("fairtrade.db");
        EvidenceRecord before;
        await using (var silo = await TestSilo.StartAsync(database))
        {
            await silo.Grains.CreateTownAsync("bottrop");
            var shop = await silo.Grains.AddShopAsync("bottrop", "weltladen", "Kaffee", "Tee");
            var first = Declaration("weltladen", Today) with { Source = EvidenceSource.Participant, File = new EvidenceFile("blurred.jpg", 5_000, "image/jpeg", new string('a', 64)) };
            var id = (await shop.SubmitEvidenceAsync(first)).Evidence!.Id;
            await shop.ReviewEvidenceAsync(id, new EvidenceReview(EvidenceDecision.RequestChanges, "Bitte schärfer", "coordinator"));
            before = (await shop.ReviseEvidenceAsync(id, first with { File = new EvidenceFile("sharp.png", 7_000, "image/png", new string('b', 64)) })).Evidence!;
        }

        await using var restarted = await TestSilo.StartAsync(database);
        var after = (await restarted.Grains.GetGrain<Abstractions.Participants.IParticipantGrain>("bottrop/weltladen").GetEvidenceAsync()).ShouldHaveSingleItem();

        JsonSerializer.Serialize(after).ShouldBe(JsonSerializer.Serialize(before));
        after.Revision.ShouldBe(2);
        after.File!.Name.ShouldBe("sharp.png");
        after.History.ShouldHaveSingleItem().Comment.ShouldBe("Bitte schärfer");
        after.History[0].File!.Sha256.ShouldBe(new string('a', 64));
    }

    [Fact]
    public async Task AStaleWriteIsRefusedAndTheGrainRereadsWhatIsStored()
    {
        var database = _folder.File("fairtrade.db");
        await using var silo = await TestSilo.StartAsync(database);
        var town = await silo.Grains.CreateTownAsync("aachen", population: 249_070);
        await OtherWriter.RenameTownAsync(database, "aachen", "Aachen (changed elsewhere)");

        await Should.ThrowAsync<InconsistentStateException>(() => town.UpdateAsync(new TownChanges("Aix-la-Chapelle", null, null, null, null, []), "coordinator"));

        (await town.GetProfileAsync())!.Name.ShouldBe("Aachen (changed elsewhere)");
    }
}
