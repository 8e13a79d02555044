using Fairtrade.Silo.Pages.Shared;

namespace Fairtrade.Silo.Pages.Upload;

/// <summary>Where an upload link points; its script exchanges the token in the fragment for a session.</summary>
public sealed class OpenModel : WorkPageModel
{
    public void OnGet()
    {
        Speak(t => t.SendProof);
    }
}
