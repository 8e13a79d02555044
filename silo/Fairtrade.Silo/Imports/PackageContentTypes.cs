using System.Xml;

namespace Fairtrade.Silo.Imports;

/// <summary>
/// A package's list of content types (<c>[Content_Types].xml</c>), read for two things: a macro-enabled or
/// externally linked workbook is refused whatever its parts are called, and which parts are XML, taken broadly (a
/// type declared for the part or its extension, regardless of case, or the extension itself), so that every part a
/// reader could parse as XML is counted before it is.
/// </summary>
public sealed class PackageContentTypes
{
    private readonly HashSet<string> _xmlExtensions = new(["xml", "rels", "vml"], PackageNames.Comparer);
    private readonly HashSet<string> _xmlParts = new(PackageNames.Comparer);

    public bool IsXml(string part) =>
        _xmlParts.Contains(part) || (Path.GetExtension(part) is { Length: > 1 } extension && _xmlExtensions.Contains(extension[1..]));

    public void Read(IEnumerable<XmlReader> nodes)
    {
        foreach (var node in nodes)
        {
            if (node.NodeType != XmlNodeType.Element || node.GetAttribute("ContentType") is not { } type)
            {
                continue;
            }

            if (type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || type.Contains("vbaProject", StringComparison.OrdinalIgnoreCase))
            {
                throw WorkbookPackage.Macros();
            }

            if (type.Contains("externalLink", StringComparison.OrdinalIgnoreCase))
            {
                throw WorkbookPackage.ExternalLinks();
            }

            if (!type.EndsWith("xml", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (node.LocalName == "Default" && node.GetAttribute("Extension") is { } extension)
            {
                _xmlExtensions.Add(extension);
            }
            else if (node.LocalName == "Override" && node.GetAttribute("PartName") is { } part && PackageNames.OfEntry(part.TrimStart('/')) is { } name)
            {
                _xmlParts.Add(name);
            }
        }
    }
}
