using Fairtrade.Abstractions.Participants;
using Fairtrade.Grains.Tests.Infrastructure;
using Fairtrade.Rules.Rulesets;
using static Fairtrade.Grains.Tests.Infrastructure.Towns;

namespace Fairtrade.Grains.Tests.Participants;

[Collection(SiloCollection.Name)]
public sealed class ParticipantGrainTests(SiloFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Silo.Grains;

    private async Task<int> RetailCountedAsync(string slug, DateOnly day) =>
        (await _grains.GetGrain<Abstractions.Towns.ITownGrain>(slug).GetStatusAsync(day))!
            .Criteria.Single(c => c.Key == CriterionKeys.RetailCatering).Actual["retail"];

    [Fact]
    public async Task ApprovedEvidenceCountsTheShopInTheTownsStatusWhenItOffersTwoProducts()
    {
        var slug = NewSlug();
        await _grains.CreateTownAsync(slug);
        var shop = await _grains.AddShopAsync(slug, "weltladen", "Kaffee", "Tee");

        var before = await RetailCountedAsync(slug, Today);
        await shop.SubmitEvidenceAsync(Declaration("weltladen", Today));

        before.ShouldBe(0);
        (await RetailCountedAsync(slug, Today)).ShouldBe(1);
        (await shop.GetAsync(Today))!.Qualifies.ShouldBeTrue();
    }

    [Fact]
    public async Task RemovingAProductBelowTheMinimumTakesTheShopOutOfTheCount()
    {
        var slug = NewSlug();
        await _grains.CreateTownAsync(slug);
        var shop = await _grains.AddShopAsync(slug, "baeckerei", "Kaffee", "Kakao");
        await shop.SubmitEvidenceAsync(Declaration("baeckerei", Today));

        var view = await shop.UpdateAsync(new ParticipantChanges(null, null, null, null, ["Kaffee"], null, null, []), Today, "coordinator");

        view!.Qualifies.ShouldBeFalse();
        view.Reasons.ShouldBe(["It offers 1 Fairtrade product; at least 2 are needed."]);
        (await RetailCountedAsync(slug, Today)).ShouldBe(0);
    }

    [Fact]
    public async Task AnArchivedShopIsKeptButNoLongerCounted()
    {
        var slug = NewSlug();
        await _grains.CreateTownAsync(slug);
        var shop = await _grains.AddShopAsync(slug, "kiosk", "Kaffee", "Tee");
        await shop.SubmitEvidenceAsync(Declaration("kiosk", Today));

        (await shop.ArchiveAsync(null, "coordinator")).ShouldBeTrue();

        (await RetailCountedAsync(slug, Today)).ShouldBe(0);
        var view = (await shop.GetAsync(Today))!;
        view.Archived.ShouldBeTrue();
        view.Evidence.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task EvidenceStopsCountingOnItsValidUntilDayWithoutAnyoneTouchingIt()
    {
        var slug = NewSlug();
        await _grains.CreateTownAsync(slug);
        var shop = await _grains.AddShopAsync(slug, "rewe", "Kaffee", "Bananen");
        var evidence = (await shop.SubmitEvidenceAsync(Declaration("rewe", Today))).Evidence!;

        evidence.ValidUntil.ShouldBe(Today.AddMonths(24));
        (await RetailCountedAsync(slug, evidence.ValidUntil.AddDays(-1))).ShouldBe(1);
        (await RetailCountedAsync(slug, evidence.ValidUntil)).ShouldBe(0);
    }

    [Fact]
    public async Task CreatingAParticipantTwiceIsRefused()
    {
        var slug = NewSlug();
        await _grains.CreateTownAsync(slug);
        var shop = await _grains.AddShopAsync(slug, "edeka", "Kaffee", "Tee");

        var again = await shop.CreateAsync(new ParticipantDetails(Rules.Participants.ParticipantKind.Catering, "Other", null, null, [], null, false), "de-town", "coordinator");

        again.ShouldBeFalse();
        (await shop.GetAsync(Today))!.Details.Kind.ShouldBe(Rules.Participants.ParticipantKind.Retail);
    }

    [Fact]
    public async Task EvidenceForAnotherSubjectIsRefusedByTheParticipant()
    {
        var slug = NewSlug();
        await _grains.CreateTownAsync(slug);
        var shop = await _grains.AddShopAsync(slug, "lidl", "Kaffee", "Tee");

        var outcome = await shop.SubmitEvidenceAsync(Declaration("aldi", Today));

        outcome.Evidence.ShouldBeNull();
        (await shop.GetEvidenceAsync()).ShouldBeEmpty();
    }
}
