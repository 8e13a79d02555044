using System.Globalization;
using System.Text;

namespace Fairtrade.Silo.Files;

/// <summary>
/// Turns the file name a client sent into one that is safe to show and to offer on download: no folders, no
/// characters that hide or reorder text, and an extension that matches the content.
/// </summary>
public static class DisplayNames
{
    private const int MaxLength = 100;
    private const string Fallback = "evidence";
    private const string Forbidden = "<>:\"/\\|?*";

    public static string Sanitize(string? clientName, FileType type)
    {
        var name = clientName ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        name = Clean(name).Normalize(NormalizationForm.FormC).Trim(' ', '.');

        var extension = TrailingExtension(name);
        if (extension is not null && !Matches(extension, type))
        {
            name = name[..^extension.Length].TrimEnd(' ', '.');
            extension = TrailingExtension(name);
        }

        // Dropping a wrong extension may uncover a right one ("shelf.jpg.exe" is the JPEG "shelf.jpg").
        var (stem, kept) = extension is not null && Matches(extension, type)
            ? (name[..^extension.Length], extension)
            : (name, type.Extension());
        stem = Truncate(stem, MaxLength - kept.Length).TrimEnd(' ', '.');
        return (stem.Length == 0 ? Fallback : stem) + kept;
    }

    /// <summary>Drops control, bidi and forbidden characters and broken surrogates; whitespace runs become one space.</summary>
    private static string Clean(string name)
    {
        var clean = new StringBuilder(name.Length);
        var afterSpace = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsSurrogatePair(name, i))
                {
                    clean.Append(c).Append(name[++i]);
                    afterSpace = false;
                }
            }
            else if (char.IsWhiteSpace(c) && !char.IsControl(c))
            {
                if (!afterSpace)
                {
                    clean.Append(' ');
                }

                afterSpace = true;
            }
            else if (!char.IsControl(c) && !IsInvisible(c) && !Forbidden.Contains(c))
            {
                clean.Append(c);
                afterSpace = false;
            }
        }

        return clean.ToString();
    }

    // Format characters (bidi overrides and marks, zero-width joiners, soft hyphens) change how a name looks, not what it says.
    private static bool IsInvisible(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>The name's last ".xyz" of one to five ASCII letters or digits, with its dot, or null.</summary>
    private static string? TrailingExtension(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 && name.Length - dot is >= 2 and <= 6 && name[(dot + 1)..].All(char.IsAsciiLetterOrDigit)
            ? name[dot..]
            : null;
    }

    private static bool Matches(string extension, FileType type) =>
        extension.Equals(type.Extension(), StringComparison.OrdinalIgnoreCase)
        || (type == FileType.Jpeg && extension.Equals(".jpeg", StringComparison.OrdinalIgnoreCase));

    private static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        // Never cut a surrogate pair in half.
        return char.IsHighSurrogate(text[maxLength - 1]) ? text[..(maxLength - 1)] : text[..maxLength];
    }
}
