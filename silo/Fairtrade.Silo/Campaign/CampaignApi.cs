using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Status;
using Fairtrade.Silo.Exports;
using Fairtrade.Silo.Web;

namespace Fairtrade.Silo.Campaign;

/// <summary>The campaign office's console: every town at a glance, read from the towns' posted rows in one grain call.</summary>
public static class CampaignApi
{
    public static RouteGroupBuilder MapCampaignApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/campaign").WithTags("Campaign").RequireAuthorization(Policies.Campaign);
        group.MapGet("/towns", TownsAsync).WithSummary("List every town's standing for the campaign office");
        group.MapGet("/summary", SummaryAsync).WithSummary("Sum up the campaign's towns");
        group.MapGet("/exports/towns.xlsx", WorkbookAsync).WithSummary("Download the towns as a workbook")
            .Produces(StatusCodes.Status200OK, contentType: WorkbookFile.ContentType);
        return group;
    }

    /// <param name="state">A title state: <c>candidate</c>, <c>awarded</c>, <c>renewal-due</c> or <c>lapsed</c>.</param>
    /// <param name="q">Part of the town's name, any case.</param>
    /// <param name="sort"><c>name</c>, <c>population</c>, <c>overall</c>, <c>renewalDueOn</c> or <c>safeUntil</c>; <c>-</c> before it for descending.</param>
    public static async Task<Ok<CampaignTownResponse[]>> TownsAsync(
        [KebabName<TitleState>] string? state, [SearchText] string? q, [SortKey] string? sort, [Day] string? asOf, IGrainFactory grains, CampaignCalendar calendar) =>
        TypedResults.Ok(await CampaignTowns.ListAsync(grains, CampaignListing.Parse(state, q, sort, Days.AsOf(asOf, calendar))));

    public static async Task<Ok<CampaignSummaryResponse>> SummaryAsync(string? asOf, IGrainFactory grains, CampaignCalendar calendar)
    {
        var day = Days.AsOf(asOf, calendar);
        return TypedResults.Ok(CampaignSummaryResponse.From(await grains.CampaignBoard().SummarizeAsync(day), day));
    }

    /// <summary>The console's table (filtered and sorted as asked) as a workbook.</summary>
    public static async Task<FileContentHttpResult> WorkbookAsync(
        [KebabName<TitleState>] string? state, [SearchText] string? q, [SortKey] string? sort, [Language] string? lang, HttpRequest request, IGrainFactory grains, CampaignCalendar calendar)
    {
        var texts = CampaignTexts.For(PageLanguage.Choose(request, null));
        var towns = await CampaignTowns.ListAsync(grains, CampaignListing.Parse(state, q, sort, calendar.Today));
        return TypedResults.File(CampaignWorkbook.Write(towns, texts, instant => calendar.Local(instant).DateTime), WorkbookFile.ContentType,
            $"campaign-towns-{calendar.Today:yyyy-MM-dd}.xlsx");
    }
}
