using Fairtrade.Rules.Participants;

namespace Fairtrade.Rules.Tests.Participants;

/// <summary>The ids a new participant may take.</summary>
public sealed class ParticipantIdsTests
{
    [Theory]
    [InlineData("Café Mokka", "cafe-mokka")]
    [InlineData("Weltladen Bottrop e.V.", "weltladen-bottrop-e-v")]
    [InlineData("Bäckerei Süß & Söhne", "baeckerei-suess-soehne")]
    [InlineData("  --  ", "participant")]
    public void AnIdIsMadeFromTheNameInLowerCaseLettersDigitsAndHyphens(string name, string id) =>
        ParticipantIds.FromName(name).ShouldBe(id);

    [Fact]
    public void AnIdMadeFromALongNameIsCutWithoutATrailingHyphen()
    {
        var id = ParticipantIds.FromName(new string('a', 55) + " bcd");

        id.ShouldBe(new string('a', 55));
    }

    [Fact]
    public void AnIdAskedForIsTheOnlyCandidate() =>
        ParticipantIds.Candidates("weltladen", "Café Mokka").ShouldBe(["weltladen"]);

    [Fact]
    public void WithoutAnIdTheNameIsTriedFirstThenNumberedFromTwoUpToTheLimit()
    {
        var candidates = ParticipantIds.Candidates(null, "Café Mokka").ToArray();

        candidates[..3].ShouldBe(["cafe-mokka", "cafe-mokka-2", "cafe-mokka-3"]);
        candidates.Length.ShouldBe(ParticipantIds.MaxDerivedTries);
        candidates[^1].ShouldBe($"cafe-mokka-{ParticipantIds.MaxDerivedTries}");
    }

    [Fact]
    public void TheFirstCandidateNotTakenIsChosen() =>
        ParticipantIds.FirstFree(null, "Café Mokka", id => id is "cafe-mokka" or "cafe-mokka-2").ShouldBe("cafe-mokka-3");

    [Fact]
    public void WhenEveryCandidateIsTakenThereIsNoFreeId()
    {
        ParticipantIds.FirstFree(null, "Café Mokka", _ => true).ShouldBeNull();
        ParticipantIds.FirstFree("weltladen", "Café Mokka", id => id == "weltladen").ShouldBeNull();
    }
}
