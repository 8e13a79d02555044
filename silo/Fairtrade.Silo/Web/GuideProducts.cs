namespace Fairtrade.Silo.Web;

/// <summary>
/// A participant's products as the shopping guide prints them: a product the guide's texts know, written in either
/// language ("Kaffee" or "coffee"), in the page's language; any other as the participant wrote it.
/// </summary>
public static class GuideProducts
{
    private static readonly Dictionary<string, string> KeysByName = ReadKeys();

    public static string[] Names(IEnumerable<string> products, GuideTexts texts) =>
        [.. products
            .Select(product => KeysByName.TryGetValue(product.Trim(), out var key) ? texts.Products[key] : product.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    private static Dictionary<string, string> ReadKeys()
    {
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, name) in GuideTexts.German.Products.Concat(GuideTexts.English.Products))
        {
            keys.TryAdd(name, key);
        }

        return keys;
    }
}
