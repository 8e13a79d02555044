using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Silo.Web;

/// <summary>Which language a page speaks: the one the reader asked for (<see cref="PageLocalization"/>), else the town's country's.</summary>
public static class PageLanguage
{
    public static string Choose(HttpRequest request, string? country) =>
        request.HttpContext.AskedLanguage() ?? ForCountry(country);

    public static string ForCountry(string? country) => CampaignLanguages.ForCountry(country);
}
