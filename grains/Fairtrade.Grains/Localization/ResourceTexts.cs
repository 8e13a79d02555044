using System.Collections;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace Fairtrade.Grains.Localization;

/// <summary>
/// A string localizer fixed to one culture: the .resx resources of a catalog's class. The framework's own localizer
/// reads the thread's current culture at each lookup; mails and workbooks are written for a reader, so the culture
/// is given here once instead.
/// </summary>
internal sealed class ResourceTexts(Type catalog, CultureInfo culture) : IStringLocalizer
{
    private readonly ResourceManager _resources = new(catalog);

    public LocalizedString this[string name]
    {
        get
        {
            var value = _resources.GetString(name, culture);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new LocalizedString(name, string.Format(culture, text.Value, arguments), text.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var level = culture; ; level = level.Parent)
        {
            var set = _resources.GetResourceSet(level, createIfNotExists: true, tryParents: false);
            foreach (var entry in set?.Cast<DictionaryEntry>() ?? [])
            {
                if (entry.Value is string value && seen.Add((string)entry.Key))
                {
                    yield return new LocalizedString((string)entry.Key, value);
                }
            }

            if (!includeParentCultures || level.Equals(CultureInfo.InvariantCulture))
            {
                yield break;
            }
        }
    }
}
