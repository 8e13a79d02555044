using System.Globalization;
using System.Text;

namespace Fairtrade.Client.Exports;

/// <summary>
/// The file name a server suggests in <c>Content-Disposition</c>, made safe to write: it may pick a name, never a folder,
/// a hidden file, a device or a name a terminal would show as something else.
/// </summary>
public static class SuggestedName
{
    private const int MaxLength = 120;

    // Not allowed in Windows file names; ':' would also name an alternate data stream there.
    private static readonly char[] Reserved = ['<', '>', ':', '"', '|', '?', '*'];

    private static readonly HashSet<string> Devices = new(
        ["CON", "PRN", "AUX", "NUL", .. Enumerable.Range(0, 10).SelectMany(n => new[] { $"COM{n}", $"LPT{n}" })], StringComparer.OrdinalIgnoreCase);

    /// <summary>The suggested name made safe, or null when there is none or nothing safe is left of it.</summary>
    public static string? From(HttpResponseMessage response)
    {
        var disposition = response.Content.Headers.ContentDisposition;
        return Clean(disposition?.FileNameStar ?? disposition?.FileName?.Trim('"'));
    }

    public static string? Clean(string? suggested)
    {
        if (suggested is null)
        {
            return null;
        }

        var name = new StringBuilder();
        foreach (var c in suggested[(suggested.LastIndexOfAny(['/', '\\']) + 1)..])
        {
            if (!IsInvisible(c))
            {
                name.Append(Reserved.Contains(c) ? '_' : c);
            }
        }

        // No hidden file, no '.' or '..', and no dot or space at the end, which Windows drops.
        var cleaned = Shorten(name.ToString().Trim().TrimStart('.').TrimEnd('.', ' '));
        return cleaned.Length == 0 || Devices.Contains(cleaned.Split('.')[0].TrimEnd()) ? null : cleaned;
    }

    // Control characters, and format characters such as the right-to-left override that makes "gpj.exe" look like "exe.jpg".
    private static bool IsInvisible(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static string Shorten(string name)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }

        var extension = Path.GetExtension(name) is { Length: <= 10 } kept ? kept : "";
        var cut = MaxLength - extension.Length;
        if (char.IsHighSurrogate(name[cut - 1]))
        {
            cut--;
        }

        return name[..cut].TrimEnd('.', ' ') + extension;
    }
}
