using Fairtrade.Grains.Localization;

namespace Fairtrade.Silo.Notifications;

/// <summary>The choice of the coordinator's mail language on the notifications page (MailLanguageTexts.*.resx).</summary>
public sealed class MailLanguageTexts : TextCatalog<MailLanguageTexts>
{
    /// <summary>Each language by its own name, whatever language the page speaks: a reader recognises their own.</summary>
    public static readonly IReadOnlyDictionary<string, string> Endonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["de"] = "Deutsch",
        ["en"] = "English",
        ["fr"] = "Français",
        ["it"] = "Italiano",
    };

    public string CoordinatorLanguage => Get();
}
