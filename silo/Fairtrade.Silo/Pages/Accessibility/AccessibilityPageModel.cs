using Fairtrade.Rules.Rulesets;
using Fairtrade.Silo.Accessibility;
using Fairtrade.Silo.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairtrade.Silo.Pages.Accessibility;

/// <summary>What the accessibility statement and the admin's list of barrier reports share: their language and texts.</summary>
public abstract class AccessibilityPageModel : PageModel
{
    public AccessibilityTexts Texts { get; private set; } = AccessibilityTexts.For(CampaignLanguages.Fallback);

    /// <summary>The page's language, as <see cref="PageLanguage"/> chose it.</summary>
    public string Language { get; private set; } = CampaignLanguages.Fallback;

    protected void Speak(Func<AccessibilityTexts, string> title)
    {
        Language = PageLanguage.Choose(Request, null);
        Texts = AccessibilityTexts.For(Language);
        ViewData["Work"] = WorkTexts.For(Language);
        ViewData["Title"] = title(Texts);
    }
}
