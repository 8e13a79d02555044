using Fairtrade.Rules.Products;

namespace Fairtrade.Silo.Upload;

/// <summary>
/// What a shop's own page says where it serves itself (its declaration, its details, the receipt), in German and in
/// English. Texts with a value are composite formats (<c>{0}</c>) for <see cref="string.Format(string, object?)"/>.
/// </summary>
public sealed record ShopTexts
{
    public required string Language { get; init; }
    public required string DeclareHeading { get; init; }
    public required string DeclareHelp { get; init; }
    public required string ProductsLegend { get; init; }

    /// <summary>One product per category of the product vocabulary, each a name the vocabulary knows.</summary>
    public required IReadOnlyDictionary<ProductCategory, string> Products { get; init; }
    public required string OtherProducts { get; init; }
    public required string SignedBy { get; init; }
    public required string SignedByMissing { get; init; }
    public required string SignerRole { get; init; }
    public required string SignerRoleMissing { get; init; }

    /// <summary>{0}: the participant's name.</summary>
    public required string ListingConsent { get; init; }

    /// <summary>{0}: the participant's name.</summary>
    public required string Statement { get; init; }
    public required string Sign { get; init; }
    public required string Declared { get; init; }
    public required string OpenReceipt { get; init; }
    public required string DetailsHeading { get; init; }
    public required string DetailsHelp { get; init; }
    public required string MailLanguage { get; init; }
    public required string TownLanguage { get; init; }
    public required IReadOnlyDictionary<string, string> Languages { get; init; }
    public required string ListPublicly { get; init; }
    public required string SaveDetails { get; init; }
    public required string ReceiptTitle { get; init; }

    /// <summary>{0}: the participant's name; {1}: the town's name.</summary>
    public required string ReceiptStatement { get; init; }
    public required string Town { get; init; }
    public required string Participant { get; init; }
    public required string SignedByLabel { get; init; }
    public required string SignerRoleLabel { get; init; }
    public required string ListedPublicly { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string DeclaredOn { get; init; }
    public required string SentAt { get; init; }
    public required string Reference { get; init; }
    public required string Status { get; init; }
    public required string ReviewedAt { get; init; }
    public required string Print { get; init; }
    public required string BackToPage { get; init; }
    public required string Receipt { get; init; }

    public static ShopTexts For(string language) => language == "de" ? German : English;

    private static readonly IReadOnlyDictionary<string, string> OwnNames = new Dictionary<string, string>
    {
        ["de"] = "Deutsch", ["en"] = "English", ["fr"] = "Français", ["it"] = "Italiano",
    };

    public static readonly ShopTexts German = new()
    {
        Language = "de",
        DeclareHeading = "Erklärung hier unterschreiben",
        DeclareHelp = "Ganz ohne Drucker: Kreuzen Sie an, was Sie anbieten, und unterschreiben Sie mit Ihrem Namen. Die Koordination prüft die Erklärung, danach zählt sie.",
        ProductsLegend = "Faire Produkte, die Sie anbieten",
        Products = new Dictionary<ProductCategory, string>
        {
            [ProductCategory.Coffee] = "Kaffee", [ProductCategory.Tea] = "Tee", [ProductCategory.Cocoa] = "Schokolade",
            [ProductCategory.Sugar] = "Zucker", [ProductCategory.Fruit] = "Bananen", [ProductCategory.Juice] = "Saft",
            [ProductCategory.Flowers] = "Blumen", [ProductCategory.Wine] = "Wein", [ProductCategory.Rice] = "Reis",
            [ProductCategory.Spices] = "Gewürze", [ProductCategory.Textiles] = "Textilien",
        },
        OtherProducts = "Weitere faire Produkte (durch Komma getrennt)",
        SignedBy = "Ihr Name (wer unterschreibt)",
        SignedByMissing = "Bitte geben Sie den Namen der Person an, die unterschreibt.",
        SignerRole = "Ihre Funktion, z. B. Inhaberin oder Filialleitung",
        SignerRoleMissing = "Bitte geben Sie Ihre Funktion im Betrieb an.",
        ListingConsent = "{0} darf auf der Seite der Stadt öffentlich als Ort genannt werden, an dem es fairen Handel gibt.",
        Statement = "Mit dem Absenden bestätige ich, dass {0} die angekreuzten fairen Produkte anbietet.",
        Sign = "Unterschreiben und senden",
        Declared = "Danke! Ihre Erklärung ist angekommen und wartet auf die Prüfung durch die Koordination. Kennung:",
        OpenReceipt = "Bestätigung ansehen, drucken oder speichern",
        DetailsHeading = "Ihre Angaben",
        DetailsHelp = "Name und Art des Eintrags pflegt die Koordination; für Änderungen daran wenden Sie sich bitte an sie. Alles hier gilt sofort.",
        MailLanguage = "Sprache unserer E-Mails an Sie",
        TownLanguage = "Die Sprache der Stadt",
        Languages = OwnNames,
        ListPublicly = "Uns auf der Seite der Stadt öffentlich nennen („Hier gibt es fairen Handel“)",
        SaveDetails = "Angaben speichern",
        ReceiptTitle = "Bestätigung Ihrer Erklärung",
        ReceiptStatement = "{0} erklärt gegenüber der Fairtrade-Town {1}, diese fairen Produkte anzubieten:",
        Town = "Stadt",
        Participant = "Betrieb oder Einrichtung",
        SignedByLabel = "Unterschrieben von",
        SignerRoleLabel = "Funktion",
        ListedPublicly = "Öffentlich nennen",
        Yes = "Ja, einverstanden",
        No = "Nein",
        DeclaredOn = "Datum der Erklärung",
        SentAt = "Gesendet",
        Reference = "Kennung",
        Status = "Stand",
        ReviewedAt = "Geprüft",
        Print = "Drucken oder als PDF speichern",
        BackToPage = "Zurück zu Ihrer Seite",
        Receipt = "Bestätigung",
    };

    public static readonly ShopTexts English = new()
    {
        Language = "en",
        DeclareHeading = "Sign the declaration here",
        DeclareHelp = "No printer needed: tick what you offer and sign with your name. The coordinator checks the declaration; then it counts.",
        ProductsLegend = "Fairtrade products you offer",
        Products = new Dictionary<ProductCategory, string>
        {
            [ProductCategory.Coffee] = "Coffee", [ProductCategory.Tea] = "Tea", [ProductCategory.Cocoa] = "Chocolate",
            [ProductCategory.Sugar] = "Sugar", [ProductCategory.Fruit] = "Bananas", [ProductCategory.Juice] = "Juice",
            [ProductCategory.Flowers] = "Flowers", [ProductCategory.Wine] = "Wine", [ProductCategory.Rice] = "Rice",
            [ProductCategory.Spices] = "Spices", [ProductCategory.Textiles] = "Textiles",
        },
        OtherProducts = "Other Fairtrade products (separated by commas)",
        SignedBy = "Your name (who signs)",
        SignedByMissing = "Please give the name of the person who signs.",
        SignerRole = "Your role, e.g. owner or manager",
        SignerRoleMissing = "Please give your role in the business.",
        ListingConsent = "{0} may be named publicly on the town's page as a place to buy Fairtrade.",
        Statement = "By sending this I confirm that {0} offers the Fairtrade products ticked.",
        Sign = "Sign and send",
        Declared = "Thank you! Your declaration has arrived and waits for the coordinator's review. Reference:",
        OpenReceipt = "View, print or save your receipt",
        DetailsHeading = "Your details",
        DetailsHelp = "The entry's name and kind are kept by the coordinator; please ask them to change those. Everything here applies at once.",
        MailLanguage = "Language of our e-mails to you",
        TownLanguage = "The town's language",
        Languages = OwnNames,
        ListPublicly = "Name us publicly on the town's page (“where to buy Fairtrade”)",
        SaveDetails = "Save details",
        ReceiptTitle = "Receipt for your declaration",
        ReceiptStatement = "{0} declares to Fairtrade Town {1} that it offers these Fairtrade products:",
        Town = "Town",
        Participant = "Business or organisation",
        SignedByLabel = "Signed by",
        SignerRoleLabel = "Role",
        ListedPublicly = "Named publicly",
        Yes = "Yes, agreed",
        No = "No",
        DeclaredOn = "Date of the declaration",
        SentAt = "Sent",
        Reference = "Reference",
        Status = "Status",
        ReviewedAt = "Reviewed",
        Print = "Print or save as PDF",
        BackToPage = "Back to your page",
        Receipt = "Receipt",
    };
}
