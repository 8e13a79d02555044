using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Silo.Towns;
using Fairtrade.Silo.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairtrade.Silo.Pages;

/// <summary>The start page: every town with its status, each a link to its public page.</summary>
public sealed class IndexModel(IGrainFactory grains, CampaignCalendar calendar) : PageModel
{
    public PageTexts Texts { get; private set; } = PageTexts.For(CampaignLanguages.Fallback);

    public TownSummary[] Towns { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Texts = PageTexts.For(PageLanguage.Choose(Request, null));
        ViewData["Texts"] = Texts;
        ViewData["Title"] = Texts.TownsHeading;
        Towns = [.. (await TownSummaries.ListAsync(grains, calendar.Today)).OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase)];
    }
}
