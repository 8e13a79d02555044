using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Fairtrade.Silo.Http;

/// <summary>Town slugs and participant ids: lower-case letters, digits and inner hyphens, at most 64 characters.</summary>
public static partial class Identifiers
{
    public const string Pattern = "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$";

    public static bool IsValid(string? value) => value is not null && Regex().IsMatch(value);

    /// <summary>An id made from a name: "Café Mokka" → <c>cafe-mokka</c>, "Weltladen Bottrop e.V." → <c>weltladen-bottrop-e-v</c>.</summary>
    public static string FromName(string name)
    {
        var folded = name.ToLowerInvariant().Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss").Normalize(NormalizationForm.FormD);
        var text = new StringBuilder();
        foreach (var c in folded.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            text.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-');
        }

        var id = NotSlug().Replace(text.ToString(), "-").Trim('-');
        id = id.Length > 56 ? id[..56].TrimEnd('-') : id;
        return id.Length == 0 ? "participant" : id;
    }

    [GeneratedRegex(Pattern)]
    private static partial Regex Regex();

    [GeneratedRegex("-{2,}")]
    private static partial Regex NotSlug();
}
