using Fairtrade.Silo.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairtrade.Silo.Pages.Upload;

/// <summary>Where an upload link points; its script exchanges the token in the fragment for a session.</summary>
public sealed class OpenModel : PageModel
{
    public WorkTexts Texts { get; private set; } = WorkTexts.English;

    public void OnGet()
    {
        Texts = WorkTexts.For(PageLanguage.Choose(Request, null));
        ViewData["Work"] = Texts;
        ViewData["Title"] = Texts.SendProof;
    }
}
