namespace Fairtrade.Rules.Rulesets;

/// <summary>The languages the product speaks, and which one a campaign's country starts from.</summary>
public static class CampaignLanguages
{
    public static readonly string[] Supported = ["de", "en", "fr", "it"];

    /// <summary>The language for anyone whose language we do not speak.</summary>
    public const string Fallback = "en";

    // A country's first language among ours: Switzerland's campaign starts in German, its pages switch with ?lang=.
    private static readonly Dictionary<string, string> FirstLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DE"] = "de", ["AT"] = "de", ["CH"] = "de", ["LI"] = "de", ["LU"] = "de",
        ["FR"] = "fr", ["MC"] = "fr",
        ["IT"] = "it", ["SM"] = "it", ["VA"] = "it",
    };

    /// <summary>The language of a campaign's country: its first language where we speak it, else English.</summary>
    public static string ForCountry(string? country) =>
        country is not null && FirstLanguage.TryGetValue(country, out var language) ? language : Fallback;
}
