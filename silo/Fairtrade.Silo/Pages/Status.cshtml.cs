using Fairtrade.Silo.Pages.Shared;

namespace Fairtrade.Silo.Pages;

/// <summary>The page shown in place of an empty error answer to a page request; the status code stays what it was.</summary>
public sealed class StatusModel : WorkPageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code is >= 400 and < 600 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
        Speak(t => Code == StatusCodes.Status404NotFound ? t.NotFound : Code.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
