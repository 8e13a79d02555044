using Fairtrade.Silo.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairtrade.Silo.Pages;

/// <summary>The page shown in place of an empty error answer to a page request; the status code stays what it was.</summary>
public sealed class StatusModel : PageModel
{
    public WorkTexts Texts { get; private set; } = WorkTexts.English;

    public int Code { get; private set; }

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code is >= 400 and < 600 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
        Texts = WorkTexts.For(PageLanguage.Choose(Request, null));
        ViewData["Work"] = Texts;
        ViewData["Title"] = Code == StatusCodes.Status404NotFound ? Texts.NotFound : Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
