using System.Xml;

namespace Fairtrade.Silo.Imports;

/// <summary>The length of each string in a workbook's shared strings, so each cell that shows one is counted at its full length.</summary>
public static class SharedStringScan
{
    /// <summary>Reads the length of each shared string, for the cells that show them.</summary>
    public static List<int> Lengths(PackageParts package, string part)
    {
        var lengths = new List<int>();
        var chunk = new char[4096];
        var length = 0;
        var inText = false;
        foreach (var node in package.Xml(part))
        {
            switch (node.NodeType)
            {
                case XmlNodeType.Element when SheetScan.IsSpreadsheet(node) && node.LocalName == "si":
                    length = 0;
                    if (node.IsEmptyElement)
                    {
                        lengths.Add(0);
                    }

                    break;
                case XmlNodeType.Element when SheetScan.IsSpreadsheet(node) && node.LocalName == "t":
                    inText = !node.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when SheetScan.IsSpreadsheet(node) && node.LocalName == "t":
                    inText = false;
                    break;
                case XmlNodeType.EndElement when SheetScan.IsSpreadsheet(node) && node.LocalName == "si":
                    lengths.Add(length);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when inText:
                    length += SheetScan.Length(node, chunk);
                    break;
            }
        }

        return lengths;
    }
}
