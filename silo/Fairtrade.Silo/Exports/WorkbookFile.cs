using Fairtrade.Rules.Products;
using Fairtrade.Silo.Web;

namespace Fairtrade.Silo.Exports;

/// <summary>What every workbook we answer with shares: its content type, and the renewal workbook's bytes.</summary>
public static class WorkbookFile
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The renewal workbook in <paramref name="lang"/>, by default the language of the ruleset's country.</summary>
    public static byte[] Renewal(RenewalData data, string? lang, ProductVocabulary vocabulary, CampaignCalendar calendar)
    {
        var texts = WorkbookTexts.For(lang ?? PageLanguage.ForCountry(data.Ruleset.Country));
        return RenewalWorkbook.Write(data, texts, vocabulary, instant => calendar.Local(instant).DateTime);
    }
}
