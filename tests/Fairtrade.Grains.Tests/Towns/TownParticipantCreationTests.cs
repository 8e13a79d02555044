using Fairtrade.Abstractions;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Grains.Tests.Infrastructure;
using Fairtrade.Rules.Participants;
using static Fairtrade.Grains.Tests.Infrastructure.Towns;

namespace Fairtrade.Grains.Tests.Towns;

/// <summary>The town makes its participants: it chooses the id, and knows of the participant as soon as it answers.</summary>
[Collection(SiloCollection.Name)]
public sealed class TownParticipantCreationTests(SiloFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Silo.Grains;

    private static ParticipantDetails Cafe(string name) => new(ParticipantKind.Catering, name, null, null, ["Kaffee"], null, true);

    [Fact]
    public async Task AParticipantWithoutAnIdGetsOneFromItsNameAndTheNextOneWithThatNameANumber()
    {
        var slug = NewSlug();
        var town = await _grains.CreateTownAsync(slug);

        var first = await town.CreateParticipantAsync(null, Cafe("Café Mokka"), "coordinator");
        var second = await town.CreateParticipantAsync(null, Cafe("Café Mokka"), "coordinator");

        first.ShouldBe("cafe-mokka");
        second.ShouldBe("cafe-mokka-2");
        (await _grains.Participant(slug, "cafe-mokka-2").GetAsync(Today))!.Details.Name.ShouldBe("Café Mokka");
    }

    [Fact]
    public async Task TheTownListsTheNewParticipantWhenItAnswers()
    {
        var town = await _grains.CreateTownAsync(NewSlug());

        var id = await town.CreateParticipantAsync("weltladen", Cafe("Weltladen"), "coordinator");

        (await town.GetParticipantsAsync()).Select(p => p.Id).ShouldBe([id!]);
    }

    [Fact]
    public async Task AnIdAskedForThatIsTakenIsRefusedAndChangesNothing()
    {
        var slug = NewSlug();
        var town = await _grains.CreateTownAsync(slug);
        await town.CreateParticipantAsync("weltladen", Cafe("Weltladen"), "coordinator");

        var again = await town.CreateParticipantAsync("weltladen", Cafe("Other"), "coordinator");

        again.ShouldBeNull();
        (await _grains.Participant(slug, "weltladen").GetAsync(Today))!.Details.Name.ShouldBe("Weltladen");
        (await town.GetParticipantsAsync()).Length.ShouldBe(1);
    }

    [Fact]
    public async Task NoParticipantIsMadeInATownThatDoesNotExist()
    {
        var slug = NewSlug();

        var id = await _grains.Town(slug).CreateParticipantAsync(null, Cafe("Café Mokka"), "coordinator");

        id.ShouldBeNull();
        (await _grains.Participant(slug, "cafe-mokka").GetAsync(Today)).ShouldBeNull();
    }
}
