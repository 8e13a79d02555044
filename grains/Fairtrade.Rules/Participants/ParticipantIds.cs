using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Fairtrade.Rules.Participants;

/// <summary>The ids a new participant may take: the one asked for, or one made from its name.</summary>
public static partial class ParticipantIds
{
    /// <summary>How many ids made from one name are tried (<c>name</c>, <c>name-2</c> … <c>name-100</c>) before giving up.</summary>
    public const int MaxDerivedTries = 100;

    /// <summary>An id made from a name: "Café Mokka" → <c>cafe-mokka</c>, "Weltladen Bottrop e.V." → <c>weltladen-bottrop-e-v</c>.</summary>
    public static string FromName(string name)
    {
        var folded = name.ToLowerInvariant().Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss").Normalize(NormalizationForm.FormD);
        var text = new StringBuilder();
        foreach (var c in folded.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            text.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-');
        }

        var id = Hyphens().Replace(text.ToString(), "-").Trim('-');
        id = id.Length > 56 ? id[..56].TrimEnd('-') : id;
        return id.Length == 0 ? "participant" : id;
    }

    /// <summary>
    /// The ids to try in order, the first free one taken: only <paramref name="asked"/> when an id is asked for (a
    /// taken id is refused, not changed), else the one made from <paramref name="name"/>, then with <c>-2</c>, <c>-3</c>….
    /// </summary>
    public static IEnumerable<string> Candidates(string? asked, string name)
    {
        if (asked is not null)
        {
            yield return asked;
            yield break;
        }

        var made = FromName(name);
        yield return made;
        for (var attempt = 2; attempt <= MaxDerivedTries; attempt++)
        {
            yield return $"{made}-{attempt}";
        }
    }

    /// <summary>The first of <see cref="Candidates"/> that <paramref name="taken"/> does not hold; null when every one is.</summary>
    public static string? FirstFree(string? asked, string name, Func<string, bool> taken) =>
        Candidates(asked, name).FirstOrDefault(id => !taken(id));

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();
}
