namespace Fairtrade.Rules.Rulesets;

/// <summary>The languages the product speaks, and which one a campaign's country starts from.</summary>
public static class CampaignLanguages
{
    public static readonly string[] Supported = ["de", "en"];

    private static readonly string[] GermanSpeaking = ["DE", "AT", "CH", "LI", "LU"];

    /// <summary>The language of a campaign's country: German where it is spoken, else English.</summary>
    public static string ForCountry(string? country) =>
        country is not null && GermanSpeaking.Contains(country.ToUpperInvariant()) ? "de" : "en";
}
