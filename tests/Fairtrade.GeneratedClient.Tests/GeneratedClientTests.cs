using Fairtrade.Client.Tests.Infrastructure;
using Fairtrade.GeneratedClient.Tests.Infrastructure;
using FairtradeApi.Models;
using Microsoft.Kiota.Abstractions;

namespace Fairtrade.GeneratedClient.Tests;

/// <summary>
/// What a campaign's IT does with a client generated from the published document alone, against the real silo over
/// HTTP: create a town, add a participant, read the status and the list, and read refusals as the document's problem types.
/// </summary>
public sealed class GeneratedClientTests(SiloServer server) : IClassFixture<SiloServer>
{
    [Fact]
    public async Task ATownAndItsParticipantAreCreatedAndReadThroughTheGeneratedClient()
    {
        var api = GeneratedApi.For(server);
        var cancel = TestContext.Current.CancellationToken;

        var town = await api.Api.Towns.PostAsync(
            new CreateTownRequest { Slug = "aachen", Name = "Aachen", Population = 249070, Ruleset = "de-town", TitleAwardedOn = new Date(2025, 3, 1) },
            cancellationToken: cancel);
        var cafe = await api.Api.Towns["aachen"].Participants.PostAsync(
            new CreateParticipantRequest { Kind = ParticipantKind.Catering, Name = "Café Mokka", Products = ["Kaffee", "Tee"], ListPublicly = true },
            cancellationToken: cancel);
        var status = await api.Api.Towns["aachen"].Status.GetAsync(cancellationToken: cancel);
        var participants = await api.Api.Towns["aachen"].Participants.GetAsync(cancellationToken: cancel);

        town!.Population.ShouldBe(249070);
        cafe!.Id.ShouldBe("cafe-mokka");
        cafe.Qualifies.ShouldBe(false, "it has no evidence yet");
        status!.Town.ShouldBe("aachen");
        status.AsOf.ShouldBe(new Date(2026, 11, 25));
        status.Criteria!.ShouldNotBeEmpty();
        participants!.Select(p => p.Id).ShouldBe(["cafe-mokka"]);
        participants![0].Products!.ShouldBe(["Kaffee", "Tee"]);
    }

    [Fact]
    public async Task AnUnknownTownAnswersANotFoundProblem()
    {
        var api = GeneratedApi.For(server);

        var problem = await Should.ThrowAsync<ProblemDetails>(() => api.Api.Towns["no-such-town"].Status.GetAsync(cancellationToken: TestContext.Current.CancellationToken));

        problem.ResponseStatusCode.ShouldBe(404);
        problem.Status.ShouldBe(404);
        problem.Title.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task AnUnknownRulesetAnswersAValidationProblemNamingTheField()
    {
        var api = GeneratedApi.For(server);

        var problem = await Should.ThrowAsync<HttpValidationProblemDetails>(() => api.Api.Towns.PostAsync(
            new CreateTownRequest { Slug = "nowhere", Name = "Nowhere", Population = 1000, Ruleset = "no-such-ruleset" },
            cancellationToken: TestContext.Current.CancellationToken));

        problem.ResponseStatusCode.ShouldBe(400);
        problem.Errors!.AdditionalData.Keys.ShouldBe(["ruleset"]);
    }
}
