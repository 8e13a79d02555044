namespace Fairtrade.Silo.Imports;

/// <summary>One relationship of a package part: its id, type, target and whether the target lies outside the package.</summary>
public sealed record PackageRelationship(string Id, string Type, string Target, bool External)
{
    private static readonly string[] Roots =
    [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/",
    ];

    /// <summary>Whether this relationship is of the kind (such as "worksheet"), in the transitional or the strict namespace.</summary>
    public bool Is(string kind) => Roots.Any(root => Type.Equals(root + kind, StringComparison.Ordinal));
}
