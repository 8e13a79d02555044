using Fairtrade.Abstractions;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.TownCriteria;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Tests.Infrastructure;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;
using static Fairtrade.Grains.Tests.Infrastructure.Towns;

namespace Fairtrade.Grains.Tests.Towns;

[Collection(SiloCollection.Name)]
public sealed class TownGrainTests(SiloFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Silo.Grains;

    [Fact]
    public async Task ATownIsCreatedOnceListedInTheDirectoryAndStampedWithTheClock()
    {
        var slug = NewSlug();
        var town = await _grains.CreateTownAsync(slug);

        var again = await town.CreateAsync(new TownProfile(slug, "Other", TownKind.Town, 5, "de-town", null, null, default), "coordinator");

        again.ShouldBeFalse();
        (await town.GetProfileAsync())!.Name.ShouldBe("Bottrop");
        (await town.GetProfileAsync())!.CreatedAt.ShouldBe(TestSilo.Now);
        (await _grains.TownDirectory().ListAsync()).ShouldContain(slug);
    }

    [Fact]
    public async Task AMissingTownAnswersNullEverywhere()
    {
        var town = _grains.Town(NewSlug());

        (await town.GetProfileAsync()).ShouldBeNull();
        (await town.GetStatusAsync(Today)).ShouldBeNull();
        (await town.AddSteeringGroupMemberAsync(new SteeringGroupMemberDraft("A", Sector.Politics, null), "coordinator")).ShouldBeNull();
        (await town.SubmitEvidenceAsync(Declaration(EvidenceSubjects.Council, Today))).Evidence.ShouldBeNull();
    }

    [Fact]
    public async Task TheSteeringGroupIsMetWithThreeMembersAndAValidMemberList()
    {
        var town = await _grains.CreateTownAsync(NewSlug());
        foreach (var name in new[] { "Anna", "Jonas", "Sevgi" })
        {
            await town.AddSteeringGroupMemberAsync(new SteeringGroupMemberDraft(name, Sector.CivilSociety, null), "coordinator");
        }

        var withoutList = await town.GetStatusAsync(Today);
        await town.SubmitEvidenceAsync(Declaration(EvidenceSubjects.SteeringGroup, Today) with { Kind = EvidenceKind.MemberList });
        var withList = await town.GetStatusAsync(Today);

        withoutList!.Criteria.Single(c => c.Key == CriterionKeys.SteeringGroup).Met.ShouldBeFalse();
        withList!.Criteria.Single(c => c.Key == CriterionKeys.SteeringGroup).Met.ShouldBeTrue();
    }

    [Fact]
    public async Task EvidenceOnAMediaArticleNeedsThatArticleToExist()
    {
        var town = await _grains.CreateTownAsync(NewSlug());
        var article = (await town.AddMediaArticleAsync(new MediaArticleDraft(Today, "WAZ", "Fairer Kaffee", null), "coordinator"))!;

        var missing = await town.SubmitEvidenceAsync(Declaration(EvidenceSubjects.Media("nope"), Today));
        var found = await town.SubmitEvidenceAsync(Declaration(EvidenceSubjects.Media(article.Id), Today));

        missing.Evidence.ShouldBeNull();
        found.Evidence!.Subject.ShouldBe($"media:{article.Id}");
        (await town.FindEvidenceSubjectAsync(found.Evidence.Id)).ShouldBe($"media:{article.Id}");
    }

    [Fact]
    public async Task TheStatusReflectsAChangeMadeAfterItWasRead()
    {
        var town = await _grains.CreateTownAsync(NewSlug());
        var before = await town.GetStatusAsync(Today);

        await town.SetCouncilAsync(Today.AddDays(-10), ["Kaffee", "Tee"], "coordinator");
        var after = await town.GetStatusAsync(Today);

        before!.Criteria.Single(c => c.Key == CriterionKeys.Council).Actual["resolution"].ShouldBe(0);
        after!.Criteria.Single(c => c.Key == CriterionKeys.Council).Actual.ShouldBe(new Dictionary<string, int> { ["resolution"] = 1, ["coffee"] = 1, ["otherProducts"] = 1 });
        after.Overall.ShouldBe(OverallStatus.NotMet);
    }
}
