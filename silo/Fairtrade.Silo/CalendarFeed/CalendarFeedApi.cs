using Fairtrade.Rules.Rulesets;
using Fairtrade.Silo.Web;

namespace Fairtrade.Silo.CalendarFeed;

/// <summary>
/// A town's calendar feed, for calendar apps, which can send no credential but the url: the link's id and secret are in
/// its path. Left out of the API's description, like the upload page: its url comes from making a calendar link.
/// </summary>
public static class CalendarFeedApi
{
    public static RouteGroupBuilder MapCalendarFeed(this IEndpointRouteBuilder routes)
    {
        // The town is checked first, so a made-up slug activates no grain.
        var group = routes.MapGroup("/calendar/{slug}").ExcludeFromDescription().AddEndpointFilter<PathIdentifiersFilter>();
        group.MapGet("/{linkId}/{secret}.ics", FeedAsync);
        return group;
    }

    /// <summary>Where the feed of a link is, relative to the public address.</summary>
    public static string PathOf(string slug, string linkId, string secret) => $"calendar/{slug}/{linkId}/{secret}.ics";

    /// <summary>
    /// The feed as of <paramref name="asOf"/> (default today), in <paramref name="lang"/> (default: the ruleset's
    /// country's). A link that is unknown, revoked or expired, or a wrong secret, is 404 alike.
    /// </summary>
    public static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> FeedAsync(
        string slug, string linkId, string secret, [Day] string? asOf, string? lang, HttpResponse response,
        IGrainFactory grains, RulesetCatalog rulesets, CampaignCalendar calendar)
    {
        if (!TokenSecret.IsId(linkId) || !TokenSecret.LooksValid(secret)
            || !await grains.CalendarLinks(slug).OpensAsync(linkId, TokenSecret.Hash(secret)))
        {
            return Problems.NotFound(t => t.NoCalendarHere);
        }

        if (lang is not null && !CampaignLanguages.Supported.Contains(lang))
        {
            return Problems.Field("lang", t => t.LanguageOneOf());
        }

        var day = Days.AsOf(asOf, calendar);
        if (await CalendarSources.LoadAsync(grains, rulesets, slug, day) is not { } sources)
        {
            return Problems.NotFound(t => t.NoTown(slug));
        }

        var texts = FeedTexts.For(lang ?? PageLanguage.ForCountry(sources.Ruleset.Country));

        // Not for shared caches: the feed names participants the public does not see. A browser that opens the url
        // saves a file named after the town, not after the secret.
        response.Headers.CacheControl = "private, no-store";
        response.Headers.ContentDisposition = $"attachment; filename=\"fairtrade-{slug}.ics\"";
        return TypedResults.Text(FeedWriter.Write(texts.CalendarName(sources.Town.Name), FeedEvents.Build(sources, day, texts), calendar.Now), FeedWriter.ContentType);
    }
}
