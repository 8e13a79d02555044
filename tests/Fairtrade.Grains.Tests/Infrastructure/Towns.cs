using Fairtrade.Abstractions;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Persistence;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Grains.Tests.Infrastructure;

/// <summary>Builders with sensible defaults for the grain tests.</summary>
public static class Towns
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static string NewSlug() => $"t-{Guid.NewGuid():N}"[..20];

    public static async Task<ITownGrain> CreateTownAsync(this IGrainFactory grains, string slug, int population = 117_311)
    {
        var town = grains.Town(slug);
        (await town.CreateAsync(new TownProfile(slug, "Bottrop", TownKind.City, population, "de-town", null, null, default), "coordinator")).ShouldBeTrue();
        return town;
    }

    public static async Task<IParticipantGrain> AddShopAsync(this IGrainFactory grains, string slug, string id, params string[] products)
    {
        var shop = grains.Participant(slug, id);
        (await shop.CreateAsync(new ParticipantDetails(ParticipantKind.Retail, id, null, null, products, null, true), "de-town", "coordinator")).ShouldBeTrue();
        return shop;
    }

    public static EvidenceSubmission Declaration(string subject, DateOnly effective) =>
        new(subject, EvidenceKind.Declaration, effective, null, "coordinator", EvidenceSource.Coordinator, Ids.New(), null);
}
