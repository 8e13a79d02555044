using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Tests.Infrastructure;
using static Fairtrade.Grains.Tests.Infrastructure.Towns;

namespace Fairtrade.Grains.Tests.Participants;

public sealed class TownCatchUpTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AShopsSavedChangeReachesItsTownEvenWhenTheTownFailedToTakeItAtFirst()
    {
        var database = _folder.File("fairtrade.db");
        await using var silo = await TestSilo.StartAsync(database);
        var town = await silo.Grains.CreateTownAsync("gladbeck", population: 75_000);
        var shop = await silo.Grains.AddShopAsync("gladbeck", "weltladen", "Kaffee", "Tee");
        EvidenceOutcome outcome;
        int whileRefused;
        await using (await OtherWriter.RefuseParticipantEntriesAsync(database))
        {
            outcome = await shop.SubmitEvidenceAsync(Declaration("weltladen", Today));
            whileRefused = await RetailAsync(town);
        }

        var counted = await WaitForRetailAsync(town, expected: 1);

        outcome.Evidence.ShouldNotBeNull();
        whileRefused.ShouldBe(0);
        counted.ShouldBe(1);
    }

    private static async Task<int> WaitForRetailAsync(ITownGrain town, int expected)
    {
        var counted = 0;
        for (var attempt = 0; attempt < 300 && counted != expected; attempt++)
        {
            await Task.Delay(100);
            counted = await RetailAsync(town);
        }

        return counted;
    }

    private static async Task<int> RetailAsync(ITownGrain town) =>
        (await town.GetStatusAsync(Today))!.Criteria.Single(c => c.Key == "retail-catering").Actual["retail"];
}
