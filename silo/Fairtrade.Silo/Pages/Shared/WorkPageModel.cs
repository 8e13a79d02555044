using Fairtrade.Rules.Rulesets;
using Fairtrade.Silo.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairtrade.Silo.Pages.Shared;

/// <summary>What the sign-in, account, error and shop pages share: their language and texts.</summary>
public abstract class WorkPageModel : PageModel
{
    public WorkTexts Texts { get; private set; } = WorkTexts.For(CampaignLanguages.Fallback);

    /// <param name="country">The town's country, for a visitor whose browser names none of our languages.</param>
    protected void Speak(Func<WorkTexts, string> title, string? country = null)
    {
        Texts = WorkTexts.For(PageLanguage.Choose(Request, country));
        ViewData["Work"] = Texts;
        ViewData["Title"] = title(Texts);
    }
}
