using System.Globalization;
using Fairtrade.Rules.Rulesets;
using Microsoft.AspNetCore.Localization;

namespace Fairtrade.Silo.Web;

/// <summary>
/// ASP.NET Core's request localization picks the reader's language from <c>?lang=</c>, then the browser's
/// <c>Accept-Language</c>; a page about a town falls back to the town's country (<see cref="PageLanguage"/>).
/// Only the language of the words changes: numbers and dates keep one format everywhere (the API's JSON, the logs).
/// </summary>
public static class PageLocalization
{
    public static WebApplicationBuilder AddPageLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo(CampaignLanguages.Fallback));
            options.SupportedCultures = [CultureInfo.InvariantCulture];
            options.SupportedUICultures = [.. CampaignLanguages.Supported.Select(CultureInfo.GetCultureInfo)];
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    /// <summary>The language the reader asked for, by <c>?lang=</c> or the browser; null when neither names one of ours.</summary>
    public static string? AskedLanguage(this HttpContext context) =>
        context.Features.Get<IRequestCultureFeature>() is { Provider: not null } chosen
            ? chosen.RequestCulture.UICulture.TwoLetterISOLanguageName
            : null;
}
