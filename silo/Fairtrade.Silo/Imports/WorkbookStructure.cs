using System.Xml;

namespace Fairtrade.Silo.Imports;

/// <summary>
/// Which parts of a package the spreadsheet library reads as the workbook, its sheets and its shared strings, found
/// as it finds them: the package's officeDocument relationship, then the workbook part's relationships, each target
/// resolved by <see cref="PackageNames"/>. A package that could be read more than one way, or names a sheet it does
/// not hold, is refused here, so the library never reads a sheet this did not check.
/// </summary>
/// <param name="Sheets">Each sheet's name and part, in the workbook's order.</param>
public sealed record WorkbookStructure(string Main, IReadOnlyList<(string Name, string Part)> Sheets, string? SharedStrings)
{
    /// <summary>The longest sheet name Excel allows (the spreadsheet library refuses longer ones too).</summary>
    public const int MaxSheetName = 31;

    public static WorkbookStructure Read(PackageParts package)
    {
        var main = package.RelationshipsOf(PackageNames.Package).Where(r => r.Is("officeDocument")).ToArray() switch
        {
            [] => throw WorkbookPackage.Damaged(),
            [var only] => Target(package, PackageNames.Package, only) ?? throw WorkbookPackage.Damaged(),
            _ => throw WorkbookPackage.Ambiguous(t => t.MainParts),
        };
        var relationships = package.RelationshipsOf(main);
        var sheets = new List<(string Name, string Part)>();
        foreach (var (name, id) in SheetsOf(package, main))
        {
            var relationship = relationships.FirstOrDefault(r => r.Id == id);
            var part = relationship is null ? null : Target(package, main, relationship);
            if (part is null)
            {
                var texts = ImportProblemTexts.Current;
                throw RefusedException.ForField("file", texts.SheetPointsNowhere(
                    ImportText.Quote(name), relationship is null ? texts.NoRelationship(ImportText.Quote(id)) : ImportText.Quote(relationship.Target)));
            }

            if (sheets.Any(s => PackageNames.Comparer.Equals(s.Part, part)))
            {
                throw WorkbookPackage.Ambiguous(t => t.SheetsShareAPart(ImportText.Quote(sheets.First(s => PackageNames.Comparer.Equals(s.Part, part)).Name), ImportText.Quote(name)));
            }

            sheets.Add((name, part));
        }

        var sharedStrings = relationships.Where(r => r.Is("sharedStrings")).ToArray() switch
        {
            [] => null,
            [var only] => Target(package, main, only) ?? throw WorkbookPackage.Damaged(),
            _ => throw WorkbookPackage.Ambiguous(t => t.SharedStringParts),
        };
        return new WorkbookStructure(main, sheets, sharedStrings);
    }

    /// <summary>The part a relationship points to, when it is one the package holds.</summary>
    private static string? Target(PackageParts package, string source, PackageRelationship relationship) =>
        !relationship.External && PackageNames.Resolve(source, relationship.Target) is { } part && package.Contains(part) ? part : null;

    /// <summary>Each sheet of the workbook part: its name and the id of the relationship that leads to its part.</summary>
    private static List<(string Name, string Id)> SheetsOf(PackageParts package, string main)
    {
        var sheets = new List<(string Name, string Id)>();
        foreach (var node in package.Xml(main))
        {
            if (node.NodeType != XmlNodeType.Element || !SheetScan.IsSpreadsheet(node))
            {
                continue;
            }

            if (node.LocalName == "externalReference")
            {
                throw WorkbookPackage.ExternalLinks();
            }

            if (node.LocalName != "sheet")
            {
                continue;
            }

            string? name = null, id = null;
            while (node.MoveToNextAttribute())
            {
                (name, id) = node.LocalName switch
                {
                    "name" when node.NamespaceURI.Length == 0 => (node.Value, id),
                    "id" when node.NamespaceURI.Length > 0 => (name, node.Value),
                    _ => (name, id),
                };
            }

            if (name is null || id is null || name.Length > MaxSheetName)
            {
                throw RefusedException.ForField("file", ImportProblemTexts.Current.SheetWithoutName(MaxSheetName));
            }

            sheets.Add((name, id));
        }

        return sheets;
    }
}
