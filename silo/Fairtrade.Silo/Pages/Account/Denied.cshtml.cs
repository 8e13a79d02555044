using Fairtrade.Silo.Pages.Shared;

namespace Fairtrade.Silo.Pages.Account;

public sealed class DeniedModel : WorkPageModel
{
    public void OnGet()
    {
        Speak(t => t.Denied);
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
