using System.IO.Compression;
using System.Xml;

namespace Fairtrade.Silo.Imports;

/// <summary>
/// The parts of an uploaded workbook by part name (regardless of case, as the package reader finds them), each
/// unpacked through the workbook's budget and, when XML, read without DTDs within the tally's limits. Opening it
/// refuses a package that is not one package only: an entry that is no part name, two parts whose names differ only
/// in case, and also macros and links to other workbooks (see also <see cref="PackageContentTypes"/>).
/// </summary>
public sealed class PackageParts
{
    private const string ContentTypesEntry = "[Content_Types].xml";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };
    private readonly Dictionary<string, ZipArchiveEntry> _parts = new(PackageNames.Comparer);
    private readonly PackageContentTypes _contentTypes = new();
    private readonly Dictionary<string, List<PackageRelationship>> _relationships = new(PackageNames.Comparer);
    private readonly HashSet<string> _read = new(PackageNames.Comparer);
    private readonly UnpackBudget _budget;

    private PackageParts(UnpackBudget budget) => _budget = budget;

    public PackageTally Tally { get; } = new();

    /// <summary>The parts not read yet.</summary>
    public IReadOnlyList<string> Unread => [.. _parts.Keys.Where(p => !_read.Contains(p))];

    public static PackageParts Open(ZipArchive zip, UnpackBudget budget)
    {
        var package = new PackageParts(budget);
        ZipArchiveEntry? contentTypes = null;
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.Equals(ContentTypesEntry, StringComparison.OrdinalIgnoreCase))
            {
                contentTypes = contentTypes is null ? entry : throw WorkbookPackage.Ambiguous(t => t.TwoContentTypeLists);
                continue;
            }

            if (entry.FullName.EndsWith('/') && entry.Length == 0)
            {
                continue;
            }

            var name = PackageNames.OfEntry(entry.FullName) ?? throw WorkbookPackage.NoPartName(entry.FullName);
            if (!package._parts.TryAdd(name, entry))
            {
                throw WorkbookPackage.Ambiguous(t => t.PartsDifferInCase(ImportText.Quote(package._parts[name].FullName), ImportText.Quote(entry.FullName)));
            }

            if (name.EndsWith("/vbaProject.bin", StringComparison.OrdinalIgnoreCase))
            {
                throw WorkbookPackage.Macros();
            }

            if (name.Contains("/externalLinks/", StringComparison.OrdinalIgnoreCase))
            {
                throw WorkbookPackage.ExternalLinks();
            }
        }

        package._contentTypes.Read(package.Xml(contentTypes ?? throw WorkbookPackage.Damaged()));
        return package;
    }

    public bool Contains(string part) => _parts.ContainsKey(part);

    /// <summary>Whether any reader could take the part for XML.</summary>
    public bool IsXml(string part) => _contentTypes.IsXml(part);

    /// <summary>The part's XML, node by node, each element counted.</summary>
    public IEnumerable<XmlReader> Xml(string part)
    {
        _read.Add(part);
        return Xml(_parts[part]);
    }

    /// <summary>Unpacks a part that is not XML, against the budget only.</summary>
    public void Drain(string part)
    {
        _read.Add(part);
        using var content = new BudgetedStream(_parts[part].Open(), _budget);
        content.CopyTo(Stream.Null);
    }

    /// <summary>The relationships of <paramref name="source"/> (<see cref="PackageNames.Package"/> for the package's own); each id at most once.</summary>
    public List<PackageRelationship> RelationshipsOf(string source) => Relationships(PackageNames.RelationshipsOf(source));

    /// <summary>The relationships a relationships part holds.</summary>
    public List<PackageRelationship> Relationships(string relationshipsPart)
    {
        if (_relationships.TryGetValue(relationshipsPart, out var known) || !Contains(relationshipsPart))
        {
            return known ?? [];
        }

        var found = new List<PackageRelationship>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in Xml(relationshipsPart))
        {
            if (node.NodeType != XmlNodeType.Element || node.LocalName != "Relationship" || node.NamespaceURI != RelationshipsNamespace)
            {
                continue;
            }

            var relationship = new PackageRelationship(node.GetAttribute("Id") ?? throw WorkbookPackage.Damaged(), node.GetAttribute("Type") ?? throw WorkbookPackage.Damaged(),
                node.GetAttribute("Target") ?? throw WorkbookPackage.Damaged(), node.GetAttribute("TargetMode") == "External");
            if (!ids.Add(relationship.Id))
            {
                throw WorkbookPackage.Ambiguous(t => t.RelationshipTwice(ImportText.Quote(relationship.Id), PackageNames.Shown(relationshipsPart)));
            }

            if (relationship.Is("externalLink"))
            {
                throw WorkbookPackage.ExternalLinks();
            }

            found.Add(relationship);
        }

        _relationships[relationshipsPart] = found;
        return found;
    }

    private IEnumerable<XmlReader> Xml(ZipArchiveEntry entry)
    {
        using var content = new BudgetedStream(entry.Open(), _budget);
        using var reader = XmlReader.Create(content, Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                Tally.Element(reader.Depth);
            }

            yield return reader;
        }
    }
}
