using Fairtrade.Grains.Localization;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Silo.Upload;

/// <summary>What a shop's own page says where it serves itself: its declaration, its details, the receipt (ShopTexts.*.resx).</summary>
public sealed class ShopTexts : TextCatalog<ShopTexts>
{
    private static readonly string[] Categories =
        [.. Enum.GetNames<ProductCategory>().Where(name => name != nameof(ProductCategory.Other))];

    private IReadOnlyDictionary<ProductCategory, string>? _products;

    public string DeclareHeading => Get();
    public string DeclareHelp => Get();
    public string ProductsLegend => Get();

    /// <summary>One product per category of the product vocabulary, by the name of the category; each a name the vocabulary knows.</summary>
    public IReadOnlyDictionary<string, string> ProductNames => Group(Categories);

    public string OtherProducts => Get();
    public string SignedBy => Get();
    public string SignedByMissing => Get();
    public string SignerRole => Get();
    public string SignerRoleMissing => Get();
    public string ListingConsent(string participant) => Format(nameof(ListingConsent), participant);
    public string Statement(string participant) => Format(nameof(Statement), participant);
    public string Sign => Get();
    public string Declared => Get();
    public string OpenReceipt => Get();
    public string DetailsHeading => Get();
    public string DetailsHelp => Get();
    public string MailLanguage => Get();
    public string TownLanguage => Get();

    /// <summary>Every language by its own name, the same in all languages.</summary>
    public IReadOnlyDictionary<string, string> Languages => Group(CampaignLanguages.Supported);

    public string ListPublicly => Get();
    public string SaveDetails => Get();
    public string ReceiptTitle => Get();
    public string ReceiptStatement(string participant, string town) => Format(nameof(ReceiptStatement), participant, town);
    public string Town => Get();
    public string Participant => Get();
    public string SignedByLabel => Get();
    public string SignerRoleLabel => Get();
    public string ListedPublicly => Get();
    public string Yes => Get();
    public string No => Get();
    public string DeclaredOn => Get();
    public string SentAt => Get();
    public string Reference => Get();
    public string Status => Get();
    public string ReviewedAt => Get();
    public string Print => Get();
    public string BackToPage => Get();
    public string Receipt => Get();

    /// <summary>One product per category of the product vocabulary, each a name the vocabulary knows.</summary>
    [Composed]
    public IReadOnlyDictionary<ProductCategory, string> Products => _products ??=
        ProductNames.ToDictionary(product => Enum.Parse<ProductCategory>(product.Key), product => product.Value);
}
