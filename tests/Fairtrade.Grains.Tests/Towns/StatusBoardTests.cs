using Fairtrade.Abstractions.Evidence;
using Fairtrade.Grains.Tests.Infrastructure;
using Fairtrade.Grains.Towns;
using Microsoft.Extensions.DependencyInjection;
using static Fairtrade.Grains.Tests.Infrastructure.Towns;

namespace Fairtrade.Grains.Tests.Towns;

/// <summary>Reads on the silo's status board skip the grain, so the board must hold only what the grain would answer.</summary>
[Collection(SiloCollection.Name)]
public sealed class StatusBoardTests(SiloFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Silo.Grains;
    private readonly StatusBoard _board = fixture.Silo.Services.GetRequiredService<StatusBoard>();

    [Fact]
    public async Task TheBoardHoldsWhatTheTownAnsweredForThatDayAndAudienceOnly()
    {
        var slug = NewSlug();
        var town = await _grains.CreateTownAsync(slug);

        var forPublic = await town.GetStatusDocumentAsync(Today, listedOnly: true);

        _board.Find(slug, Today, listedOnly: true).ShouldBeSameAs(forPublic);
        _board.Find(slug, Today, listedOnly: false).ShouldBeNull();
        _board.Find(slug, Today.AddDays(1), listedOnly: true).ShouldBeNull();
    }

    [Fact]
    public async Task AChangeToTheTownOrToAParticipantTakesItsStatusOffTheBoard()
    {
        var slug = NewSlug();
        var town = await _grains.CreateTownAsync(slug);
        var shop = await _grains.AddShopAsync(slug, "weltladen", "Kaffee", "Tee");
        await town.GetStatusDocumentAsync(Today, listedOnly: true);

        await town.SubmitEvidenceAsync(Declaration(EvidenceSubjects.Council, Today));
        var afterTownChange = _board.Find(slug, Today, listedOnly: true);
        var read = await town.GetStatusDocumentAsync(Today, listedOnly: true);
        await shop.SubmitEvidenceAsync(Declaration("weltladen", Today));
        var afterShopChange = _board.Find(slug, Today, listedOnly: true);

        afterTownChange.ShouldBeNull();
        afterShopChange.ShouldBeNull();
        (await town.GetStatusDocumentAsync(Today, listedOnly: true))!.ETag.ShouldNotBe(read!.ETag);
    }

    [Fact]
    public async Task ATownThatDeactivatesLeavesNothingOnTheBoard()
    {
        // A silo of its own: every idle grain in it is collected.
        using var folder = new TempDirectory();
        await using var silo = await TestSilo.StartAsync(folder.File("board.db"));
        var board = silo.Services.GetRequiredService<StatusBoard>();
        var town = await silo.Grains.CreateTownAsync("gladbeck");
        await town.GetStatusDocumentAsync(Today, listedOnly: false);
        var before = board.Find("gladbeck", Today, listedOnly: false);

        await silo.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        before.ShouldNotBeNull();
        board.Find("gladbeck", Today, listedOnly: false).ShouldBeNull();
    }
}
