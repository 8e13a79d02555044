using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Silo.Web;

/// <summary>What the printable shopping guide says, in German and in English; users' own text is never in here.</summary>
public sealed record GuideTexts
{
    public required string Language { get; init; }

    /// <summary>The link to the guide on the town's public page.</summary>
    public required string OpenGuide { get; init; }

    /// <summary>The guide's heading, with the town's name.</summary>
    public required string Heading { get; init; }

    /// <summary>What the guide is, with the town's name.</summary>
    public required string Lead { get; init; }

    /// <summary>The title line of an awarded town, by its kind, with the day of the award.</summary>
    public required IReadOnlyDictionary<TownKind, string> TitleSince { get; init; }

    /// <summary>The day the guide was made, and so printed.</summary>
    public required string AsOf { get; init; }
    public required string Print { get; init; }
    public required IReadOnlyDictionary<ParticipantKind, string> Groups { get; init; }

    /// <summary>The words before the public page's address, which the printed guide shows as text.</summary>
    public required string LiveList { get; init; }

    /// <summary>
    /// Common products by a key shared by both languages: a product written as either language's name is printed in the
    /// page's (<see cref="GuideProducts"/>); both instances must hold the same keys.
    /// </summary>
    public required IReadOnlyDictionary<string, string> Products { get; init; }

    public static GuideTexts For(string language) => language == "de" ? German : English;

    public static readonly GuideTexts German = new()
    {
        Language = "de",
        OpenGuide = "Einkaufsführer zum Ausdrucken",
        Heading = "Einkaufsführer {0}",
        Lead = "Hier gibt es in {0} Produkte aus fairem Handel: die Geschäfte, Cafés und Restaurants, die mitmachen.",
        TitleSince = new Dictionary<TownKind, string>
        {
            [TownKind.Town] = "Fairtrade-Stadt seit {0}",
            [TownKind.City] = "Fairtrade-Stadt seit {0}",
            [TownKind.Municipality] = "Fairtrade-Gemeinde seit {0}",
            [TownKind.District] = "Fairtrade-Landkreis seit {0}",
            [TownKind.Region] = "Fairtrade-Region seit {0}",
        },
        AsOf = "Stand: {0}",
        Print = "Drucken",
        Groups = new Dictionary<ParticipantKind, string>
        {
            [ParticipantKind.Retail] = "Geschäfte",
            [ParticipantKind.Catering] = "Cafés und Restaurants",
        },
        LiveList = "Die Liste ändert sich. Die aktuelle finden Sie immer unter:",
        Products = new Dictionary<string, string>
        {
            ["coffee"] = "Kaffee",
            ["tea"] = "Tee",
            ["cocoa"] = "Kakao",
            ["chocolate"] = "Schokolade",
            ["hot-chocolate"] = "Heiße Schokolade",
            ["biscuits"] = "Kekse",
            ["sugar"] = "Zucker",
            ["cane-sugar"] = "Rohrzucker",
            ["honey"] = "Honig",
            ["fruit"] = "Obst",
            ["bananas"] = "Bananen",
            ["pineapples"] = "Ananas",
            ["mangoes"] = "Mangos",
            ["dried-fruit"] = "Trockenfrüchte",
            ["nuts"] = "Nüsse",
            ["juice"] = "Saft",
            ["orange-juice"] = "Orangensaft",
            ["flowers"] = "Blumen",
            ["roses"] = "Rosen",
            ["wine"] = "Wein",
            ["red-wine"] = "Rotwein",
            ["white-wine"] = "Weißwein",
            ["rice"] = "Reis",
            ["spices"] = "Gewürze",
            ["pepper"] = "Pfeffer",
            ["vanilla"] = "Vanille",
            ["cinnamon"] = "Zimt",
            ["cotton"] = "Baumwolle",
            ["textiles"] = "Textilien",
            ["clothing"] = "Kleidung",
            ["footballs"] = "Fußbälle",
        },
    };

    public static readonly GuideTexts English = new()
    {
        Language = "en",
        OpenGuide = "Shopping guide to print",
        Heading = "{0} shopping guide",
        Lead = "Where to buy Fairtrade products in {0}: the shops, cafés and restaurants taking part.",
        TitleSince = new Dictionary<TownKind, string>
        {
            [TownKind.Town] = "Fairtrade Town since {0}",
            [TownKind.City] = "Fairtrade City since {0}",
            [TownKind.Municipality] = "Fairtrade Municipality since {0}",
            [TownKind.District] = "Fairtrade District since {0}",
            [TownKind.Region] = "Fairtrade Region since {0}",
        },
        AsOf = "As of {0}",
        Print = "Print",
        Groups = new Dictionary<ParticipantKind, string>
        {
            [ParticipantKind.Retail] = "Shops",
            [ParticipantKind.Catering] = "Cafés and restaurants",
        },
        LiveList = "This list changes. You will always find the current one at:",
        Products = new Dictionary<string, string>
        {
            ["coffee"] = "Coffee",
            ["tea"] = "Tea",
            ["cocoa"] = "Cocoa",
            ["chocolate"] = "Chocolate",
            ["hot-chocolate"] = "Hot chocolate",
            ["biscuits"] = "Biscuits",
            ["sugar"] = "Sugar",
            ["cane-sugar"] = "Cane sugar",
            ["honey"] = "Honey",
            ["fruit"] = "Fruit",
            ["bananas"] = "Bananas",
            ["pineapples"] = "Pineapples",
            ["mangoes"] = "Mangoes",
            ["dried-fruit"] = "Dried fruit",
            ["nuts"] = "Nuts",
            ["juice"] = "Juice",
            ["orange-juice"] = "Orange juice",
            ["flowers"] = "Flowers",
            ["roses"] = "Roses",
            ["wine"] = "Wine",
            ["red-wine"] = "Red wine",
            ["white-wine"] = "White wine",
            ["rice"] = "Rice",
            ["spices"] = "Spices",
            ["pepper"] = "Pepper",
            ["vanilla"] = "Vanilla",
            ["cinnamon"] = "Cinnamon",
            ["cotton"] = "Cotton",
            ["textiles"] = "Textiles",
            ["clothing"] = "Clothing",
            ["footballs"] = "Footballs",
        },
    };
}
