using Fairtrade.Abstractions;
using Fairtrade.Abstractions.Imports;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.TownCriteria;
using Fairtrade.Grains.Tests.Infrastructure;
using Fairtrade.Rules.Participants;
using static Fairtrade.Grains.Tests.Infrastructure.Towns;

namespace Fairtrade.Grains.Tests.Imports;

[Collection(SiloCollection.Name)]
public sealed class ImportJournalGrainTests(SiloFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Silo.Grains;

    [Fact]
    public async Task AnImportAppliedAgainFromItsFirstStepLeavesTheTownAsAppliedOnce()
    {
        var slug = NewSlug();
        var town = await _grains.CreateTownAsync(slug);
        ImportStep[] steps =
        [
            new CreateParticipantStep("weltladen", new ParticipantDetails(ParticipantKind.Retail, "Weltladen", null, null, ["Kaffee"], null, true), "de-town"),
            new DeclareEvidenceStep("weltladen", "declared-1", Today),
            new AddActivityStep("weltladen", Today, "Fair Breakfast"),
            new AddMemberStep("Ina", Sector.CivilSociety, null, 1),
            new AddArticleStep(Today, "WAZ", "Fairer Advent", null, 1),
            new SetCouncilStep(Today, ["Kaffee", "Tee"]),
        ];

        await ApplyAsync(slug, steps);
        await ApplyAsync(slug, steps);

        var shop = (await _grains.Participant(slug, "weltladen").GetAsync(Today))!;
        shop.Evidence.Length.ShouldBe(1);
        shop.Activities.Length.ShouldBe(1);
        (await town.GetSteeringGroupAsync())!.Length.ShouldBe(1);
        (await town.GetMediaAsync())!.Length.ShouldBe(1);
        (await town.GetCouncilAsync())!.ProductsServed.ShouldBe(["Kaffee", "Tee"]);
    }

    [Fact]
    public async Task ASecondImportIsStoredOnlyOnceTheFirstIsApplied()
    {
        var slug = NewSlug();
        await _grains.CreateTownAsync(slug);
        var journal = _grains.ImportJournal(slug);
        ImportStep[] steps = [new AddMemberStep("Ina", Sector.CivilSociety, null, 1)];

        (await journal.BeginAsync("coordinator", Today, steps)).ShouldBeTrue();
        (await journal.BeginAsync("coordinator", Today, steps)).ShouldBeFalse("the first import is not applied yet");
        (await journal.ApplySomeAsync()).ShouldBe(0);
        (await journal.BeginAsync("coordinator", Today, steps)).ShouldBeTrue();
    }

    private async Task ApplyAsync(string slug, ImportStep[] steps)
    {
        var journal = _grains.ImportJournal(slug);
        (await journal.BeginAsync("coordinator", Today, steps)).ShouldBeTrue();
        while (await journal.ApplySomeAsync() > 0)
        {
            await Task.Yield();
        }
    }
}
