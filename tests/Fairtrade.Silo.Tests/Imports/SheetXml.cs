using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text.RegularExpressions;

namespace Fairtrade.Silo.Tests.Imports;

/// <summary>Edits of a saved workbook's bytes for <see cref="MangledWorkbook"/>: header cells in a sheet's XML, and one byte of an unpacked part.</summary>
public static class SheetXml
{
    public static string HeaderCell(string xml, int column, object value)
    {
        var reference = $"{(char)('A' + column - 1)}1";
        var text = SecurityElement.Escape(Convert.ToString(value is Formula f ? f.A1 : value, CultureInfo.InvariantCulture)) ?? "";
        var cell = value switch
        {
            Formula => $"<x:c r=\"{reference}\"><x:f>{text}</x:f></x:c>",
            double or bool => $"<x:c r=\"{reference}\"><x:v>{(value is true ? "1" : value is false ? "0" : text)}</x:v></x:c>",
            _ => $"<x:c r=\"{reference}\" t=\"inlineStr\"><x:is><x:t>{text}</x:t></x:is></x:c>",
        };
        return Regex.Replace(xml, $"<x:c r=\"{reference}\"(?:[^>]*/>|[^>]*>.*?</x:c>)", cell.Replace("$", "$$"));
    }

    public static string DuplicateHeader(string xml, int column)
    {
        var source = Regex.Match(xml, $"<x:c r=\"{(char)('A' + column - 1)}1\"(?:[^>]*/>|[^>]*>.*?</x:c>)");
        var end = Regex.Match(xml, "<x:row r=\"1\"[^>]*>.*?(</x:row>)");
        return source.Success && end.Success
            ? xml.Insert(end.Groups[1].Index, Regex.Replace(source.Value, "r=\"[A-Z]+1\"", "r=\"N1\""))
            : xml;
    }

    public static byte[] FlipInPart(byte[] workbook, ByteFlip flip)
    {
        using var copy = new MemoryStream();
        copy.Write(workbook);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries[flip.Part % zip.Entries.Count];
            using var content = new MemoryStream();
            using (var part = entry.Open())
            {
                part.CopyTo(content);
            }

            var bytes = content.ToArray();
            if (bytes.Length > 0)
            {
                bytes[flip.At % bytes.Length] ^= flip.Xor;
            }

            var name = entry.FullName;
            entry.Delete();
            using var rewritten = zip.CreateEntry(name).Open();
            rewritten.Write(bytes);
        }

        return copy.ToArray();
    }

    public static string ClearHeader(string xml) => Regex.Replace(xml, "(<x:row r=\"1\"[^>]*>).*?(</x:row>)", "$1$2");
}
