using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.TownCriteria;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Persistence;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Silo.Demo;

/// <summary>
/// A realistic town with the numbers of Bottrop (117,311 inhabitants, de-town): every criterion met but one retail
/// outlet short, one café's declaration running out soon; so a first look shows a live status with something to do.
/// </summary>
public static class DemoTown
{
    public const string Slug = "bottrop";
    private const string Actor = "demo";

    private static readonly string[] Shops =
    [
        "Weltladen Bottrop", "EDEKA Hansastraße", "REWE Gladbecker Straße", "Kaufland Bottrop", "Lidl Prosperstraße",
        "Aldi Süd Kirchhellen", "Netto Batenbrock", "dm-Markt Hochstraße", "Rossmann Berliner Platz", "Blumen Kaiser",
        "Bäckerei Schmidt", "Bioladen Grünkern", "Kaffeerösterei Ruhrbohne", "Teehaus Eigen", "Penny Fuhlenbrock",
        "Real Bottrop-Süd", "Blumenhaus Vonderort", "Bäckerei Brinkert", "Feinkost Malakow", "Naturkost Welheim",
        "Unverpackt Bottrop", "Tegut Boy",
    ];

    private static readonly string[] Cafes =
    [
        "Café Mokka", "Kulturcafé Quadrat", "Bistro am Berliner Platz", "Mensa Hochschule Ruhr West", "Hotel Bahnhof Nord",
        "Restaurant Kirchhellener Hof", "Kantine Rathaus", "Café Extrablatt Bottrop", "Eiscafé Venezia", "Backstube Café Boy",
        "Gasthaus Grafenwald",
    ];

    public static async Task LoadAsync(IGrainFactory grains, DateOnly today)
    {
        var town = grains.Town(Slug);
        var created = await town.CreateAsync(new TownProfile(Slug, "Bottrop", TownKind.City, 117_311, "de-town", new DateOnly(2025, 3, 1), null, default), Actor);
        if (!created)
        {
            return;
        }

        await town.SetCouncilAsync(new DateOnly(2023, 5, 9), ["Kaffee", "Tee", "Zucker"], Actor);
        await Evidence(town, EvidenceSubjects.Council, EvidenceKind.Resolution, new DateOnly(2025, 1, 20));
        foreach (var (name, sector, organisation) in new[] { ("Anna Becker", Sector.CivilSociety, "Weltladen Bottrop"), ("Jonas Wagner", Sector.Politics, "Stadtrat"), ("Sevgi Yılmaz", Sector.Business, "Kaffeerösterei Ruhrbohne"), ("Pfarrer Thomas Lange", Sector.CivilSociety, "St. Cyriakus") })
        {
            await town.AddSteeringGroupMemberAsync(new SteeringGroupMemberDraft(name, sector, organisation), Actor);
        }

        await Evidence(town, EvidenceSubjects.SteeringGroup, EvidenceKind.MemberList, today.AddMonths(-8));
        foreach (var (months, outlet, title) in new[] { (1, "WAZ Bottrop", "Fairer Kaffee im Rathaus"), (3, "Stadtspiegel Bottrop", "Weltladen feiert 30 Jahre"), (5, "Radio Emscher Lippe", "Faire Woche in Bottrop"), (8, "WAZ Bottrop", "Schulen machen mit"), (11, "bottrop.de", "Bottrop bleibt Fairtrade-Stadt") })
        {
            await town.AddMediaArticleAsync(new MediaArticleDraft(today.AddMonths(-months), outlet, title, null), Actor);
        }

        for (var i = 0; i < Shops.Length; i++)
        {
            // The last shop offers a single product: one retail outlet short of the 22 Bottrop needs.
            string[] products = i == Shops.Length - 1 ? ["Bananen"] : ["Kaffee", "Schokolade", "Bananen"];
            await Participant(grains, Shops[i], ParticipantKind.Retail, products, [], today.AddMonths(-(i % 18) - 1));
        }

        for (var i = 0; i < Cafes.Length; i++)
        {
            // Café Mokka's declaration runs out within the next weeks: it shows as expiring soon.
            var declared = i == 0 ? today.AddMonths(-24).AddDays(40) : today.AddMonths(-(i % 12) - 2);
            await Participant(grains, Cafes[i], ParticipantKind.Catering, ["Kaffee", "Tee", "Orangensaft"], [], declared);
        }

        await Participant(grains, "Josef-Albers-Gymnasium", ParticipantKind.School, ["Kakao", "Bananen"], [today.AddMonths(-2)], today.AddMonths(-6));
        await Participant(grains, "Grundschule Welheim", ParticipantKind.School, ["Orangensaft"], [today.AddMonths(-5)], today.AddMonths(-10));
        await Participant(grains, "SV Rhenania Bottrop", ParticipantKind.Club, ["Fußball", "Kaffee"], [today.AddMonths(-4)], today.AddMonths(-4));
        await Participant(grains, "Ev. Kirchengemeinde Bottrop", ParticipantKind.Faith, ["Kaffee", "Tee"], [today.AddMonths(-1)], today.AddMonths(-9));
    }

    private static async Task Participant(IGrainFactory grains, string name, ParticipantKind kind, string[] products, DateOnly[] activities, DateOnly declared)
    {
        var id = ParticipantIds.FromName(name);
        var participant = grains.Participant(Slug, id);
        var details = new ParticipantDetails(kind, name, Address(id), null, products, null, ListPublicly: true);
        await participant.CreateAsync(details, "de-town", Actor);
        foreach (var day in activities)
        {
            await participant.AddActivityAsync(day, "Faire Frühstückspause", Actor);
        }

        await participant.SubmitEvidenceAsync(new EvidenceSubmission(id, EvidenceKind.Declaration, declared, "Signed declaration", Actor, EvidenceSource.Coordinator, Ids.New(), null));
    }

    /// <summary>A plausible address on one of Bottrop's main streets, the same for a name every time.</summary>
    private static string Address(string id)
    {
        string[] streets = ["Hansastraße", "Gladbecker Straße", "Hochstraße", "Osterfelder Straße", "Kirchhellener Straße", "Prosperstraße", "Horster Straße", "Essener Straße"];
        var hash = id.Aggregate(17, (h, c) => unchecked((h * 31) + c)) & int.MaxValue;
        return $"{streets[hash % streets.Length]} {(hash % 90) + 1}, 46236 Bottrop";
    }

    private static Task<EvidenceOutcome> Evidence(ITownGrain town, string subject, EvidenceKind kind, DateOnly effective) =>
        town.SubmitEvidenceAsync(new EvidenceSubmission(subject, kind, effective, null, Actor, EvidenceSource.Coordinator, Ids.New(), null));
}
