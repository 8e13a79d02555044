namespace Fairtrade.Silo.Imports;

/// <summary>
/// Part names of an OPC package (the zip an .xlsx is) as ECMA-376 part 2 and System.IO.Packaging, which the
/// spreadsheet library reads through, treat them: a relationship's target resolved against its source part's folder,
/// or against the root when it starts with '/'; percent-escapes decoded; compared regardless of case. A name some
/// reader might take another way (a scheme, a fragment, a backslash, a step above the root) is no part name: null.
/// </summary>
public static class PackageNames
{
    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    /// <summary>The relationships of the package itself, whose targets resolve against the root.</summary>
    public const string Package = "/";

    /// <summary>The part name of a zip entry ("xl/a.xml" → "/xl/a.xml"); null when the entry's name is none.</summary>
    public static string? OfEntry(string entry) => Normalize("/" + entry, allowDotSegments: false);

    /// <summary>The part a relationship of <paramref name="source"/> points to; null when the target is no part name.</summary>
    public static string? Resolve(string source, string target)
    {
        if (target.Length == 0 || target.IndexOfAny([':', '?', '#', '\\']) >= 0)
        {
            return null;
        }

        var folder = source[..(source.LastIndexOf('/') + 1)];
        return Normalize(target.StartsWith('/') ? target : folder + target, allowDotSegments: true);
    }

    /// <summary>The part holding <paramref name="source"/>'s relationships: "/xl/workbook.xml" → "/xl/_rels/workbook.xml.rels".</summary>
    public static string RelationshipsOf(string source)
    {
        var slash = source.LastIndexOf('/');
        return $"{source[..(slash + 1)]}_rels/{source[(slash + 1)..]}.rels";
    }

    /// <summary>A part name for messages: without the leading slash, quoted short.</summary>
    public static string Shown(string part) => ImportText.Quote(part.TrimStart('/'));

    private static string? Normalize(string path, bool allowDotSegments)
    {
        var segments = new List<string>();
        foreach (var raw in path.Split('/')[1..])
        {
            if (allowDotSegments && raw == ".")
            {
                continue;
            }

            if (allowDotSegments && raw == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            var segment = Uri.UnescapeDataString(raw);
            if (segment.Length == 0 || segment.EndsWith('.') || segment.IndexOfAny(['/', '\\', ':', '?', '#', '%']) >= 0 || segment.Any(char.IsControl))
            {
                return null;
            }

            segments.Add(segment);
        }

        return segments.Count == 0 ? null : "/" + string.Join('/', segments);
    }
}
