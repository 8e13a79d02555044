using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Silo.Web;

/// <summary>
/// A participant's products as the shopping guide prints them: a product the guide's texts know, written in any of
/// our languages ("Kaffee", "coffee", "café" or "caffè"), in the page's language; any other as the participant wrote it.
/// A Swiss town's participants write in the language of their own region, and the guide is read in all of them.
/// </summary>
public static class GuideProducts
{
    private static readonly Dictionary<string, string> KeysByName = ReadKeys();

    public static string[] Names(IEnumerable<string> products, GuideTexts texts) =>
        [.. products
            .Select(product => KeysByName.TryGetValue(product.Trim(), out var key) ? texts.Products[key] : product.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    // A name two languages share ("Ananas", "Biscuits") names the same product in both, so the first one read serves.
    private static Dictionary<string, string> ReadKeys()
    {
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, name) in CampaignLanguages.Supported.SelectMany(language => GuideTexts.For(language).Products))
        {
            keys.TryAdd(name, key);
        }

        return keys;
    }
}
