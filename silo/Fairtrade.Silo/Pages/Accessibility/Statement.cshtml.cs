using Fairtrade.Silo.Accessibility;

namespace Fairtrade.Silo.Pages.Accessibility;

/// <summary>The accessibility statement: how far the pages conform, how that is checked, where to report a barrier and whom to turn to then.</summary>
public sealed class StatementModel(BarrierNotices notices) : AccessibilityPageModel
{
    /// <summary>When the statement was last reviewed; move it whenever its content changes.</summary>
    public static readonly DateOnly PreparedOn = new(2026, 12, 7);

    /// <summary>The operator's address for barriers, if one is configured.</summary>
    public string? Contact => notices.Contact;

    /// <summary>The page the footer link was followed from, to start the report with.</summary>
    public string FromPage { get; private set; } = "";

    public void OnGet(string? from)
    {
        Speak(t => t.Title);
        FromPage = from is { Length: <= 300 } && SingleLineAttribute.IsSingleLine(from) ? from : "";
    }
}
