using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Silo.Web;

/// <summary>Which language a page speaks: <c>?lang=</c> if given, else the browser's first choice of ours, else the town's country.</summary>
public static class PageLanguage
{
    private static readonly string[] Supported = CampaignLanguages.Supported;

    public static string Choose(HttpRequest request, string? country)
    {
        if (request.Query["lang"].ToString() is var asked && Supported.Contains(asked))
        {
            return asked;
        }

        foreach (var wanted in request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1))
        {
            var language = wanted.Value.Value?.Split('-')[0].ToLowerInvariant();
            if (language is not null && Supported.Contains(language))
            {
                return language;
            }
        }

        return ForCountry(country);
    }

    public static string ForCountry(string? country) => CampaignLanguages.ForCountry(country);
}
