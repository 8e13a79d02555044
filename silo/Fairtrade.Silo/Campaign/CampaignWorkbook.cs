using Fairtrade.Silo.Exports;
using Fairtrade.Silo.Web;

namespace Fairtrade.Silo.Campaign;

/// <summary>The console's table as a workbook: one sheet, one row per town, dates as dates, with filters on the header.</summary>
internal static class CampaignWorkbook
{
    public static byte[] Write(CampaignTownResponse[] towns, CampaignTexts t, Func<DateTimeOffset, DateTime> local) =>
        WorkbookWriter.Write(workbook =>
        {
            var words = PageTexts.For(t.Language);
            var sheet = workbook.Sheet(t.SheetName, t.WorkbookHeaders);
            foreach (var town in towns)
            {
                var renewal = town.Renewal;
                sheet.Add(
                    town.Slug, town.Name, town.Population, town.Ruleset, words.Overall[town.Overall], words.Title[town.Title.State],
                    town.Title.AwardedOn, town.Title.RenewalDueOn, town.Forecast.SafeUntil,
                    renewal?.InvitedOn, renewal?.Deadline, renewal?.SubmittedOn,
                    renewal?.Decision is { } decision ? t.Decisions[Http.KebabEnum.Name(decision)] : null,
                    town.PendingReviews, town.LastChangeAt is { } at ? local(at) : null);
            }

            sheet.Finish("Towns");
        });
}
