using Fairtrade.Silo.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairtrade.Silo.Pages.Account;

public sealed class DeniedModel : PageModel
{
    public WorkTexts Texts { get; private set; } = WorkTexts.English;

    public void OnGet()
    {
        Texts = WorkTexts.For(PageLanguage.Choose(Request, null));
        ViewData["Work"] = Texts;
        ViewData["Title"] = Texts.Denied;
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
