using Fairtrade.Rules.Rulesets;
using Fairtrade.Silo.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairtrade.Silo.Pages.Manage;

/// <summary>What every coordinator page shares: its language and texts.</summary>
public abstract class ManagePageModel : PageModel
{
    public ManageTexts Texts { get; private set; } = ManageTexts.For(CampaignLanguages.Fallback);

    protected void Speak(Func<ManageTexts, string> title)
    {
        var language = PageLanguage.Choose(Request, null);
        Texts = ManageTexts.For(language);
        ViewData["Work"] = WorkTexts.For(language);
        ViewData["Title"] = title(Texts);
    }
}
