using System.IO.Compression;
using System.Xml;
using Fairtrade.Silo.Http;

namespace Fairtrade.Silo.Imports;

/// <summary>
/// Looks inside an uploaded workbook before anything parses it for real: that it is an .xlsx at all, that it does
/// not unpack to more than a list could need (a zip bomb), and each sheet through <see cref="SheetScan"/>.
/// </summary>
public static class WorkbookPackage
{
    public const long MaxUnpackedBytes = 64L * 1024 * 1024;
    private const int MaxParts = 1_000;
    internal const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Throws <see cref="FieldException"/> (field <c>file</c>) or a 415 <see cref="RefusedException"/> when the workbook cannot be imported.</summary>
    /// <returns>Per sheet name, the references of cells that hold an error value (<c>#N/A</c>, <c>#DIV/0!</c>…).</returns>
    public static Dictionary<string, HashSet<string>> Inspect(Stream workbook)
    {
        CheckSignature(workbook);
        using var zip = Open(workbook);
        if (zip.Entries.Count > MaxParts || zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
        {
            throw TooLarge();
        }

        var budget = new UnpackBudget(MaxUnpackedBytes);
        var errors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var cells = 0;
        try
        {
            var sheets = SheetParts(zip, budget);
            foreach (var entry in zip.Entries)
            {
                using var content = new BudgetedStream(entry.Open(), budget);
                if (sheets.TryGetValue(entry.FullName, out var name))
                {
                    errors[name] = SheetScan.ErrorCells(content, name, ref cells);
                }
                else
                {
                    content.CopyTo(Stream.Null);
                }
            }
        }
        catch (InvalidDataException)
        {
            throw Damaged();
        }

        workbook.Position = 0;
        return errors;
    }

    private static void CheckSignature(Stream workbook)
    {
        Span<byte> head = stackalloc byte[4];
        workbook.Position = 0;
        var read = workbook.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        workbook.Position = 0;
        if (read == 4 && head.SequenceEqual("PK\u0003\u0004"u8))
        {
            return;
        }

        // Encrypted workbooks (and the old .xls format) are compound documents, not zip packages.
        if (read == 4 && head.SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            throw new FieldException("file", "The workbook is password-protected or in the old .xls format: save it as an Excel workbook (.xlsx) without a password, then import that.");
        }

        throw new RefusedException(StatusCodes.Status415UnsupportedMediaType, "Unsupported Media Type.",
            "The body is not an Excel workbook (.xlsx). Send the workbook itself, as the body or as the multipart field 'file'.");
    }

    private static ZipArchive Open(Stream workbook)
    {
        try
        {
            return new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw Damaged();
        }
    }

    /// <summary>Part path → sheet name, from the workbook part and its relationships.</summary>
    private static Dictionary<string, string> SheetParts(ZipArchive zip, UnpackBudget budget)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relation in Elements(zip, "xl/_rels/workbook.xml.rels", "Relationship", budget))
        {
            if (relation.GetValueOrDefault("Id") is { } id && relation.GetValueOrDefault("Target") is { } target)
            {
                targets[id] = target.StartsWith('/') ? target[1..] : $"xl/{target}";
            }
        }

        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var sheet in Elements(zip, "xl/workbook.xml", "sheet", budget))
        {
            if (sheet.GetValueOrDefault("id") is { } id && targets.TryGetValue(id, out var part) && sheet.GetValueOrDefault("name") is { } name)
            {
                parts[part] = name;
            }
        }

        return parts;
    }

    private static List<Dictionary<string, string>> Elements(ZipArchive zip, string path, string element, UnpackBudget budget)
    {
        using var content = new BudgetedStream((zip.GetEntry(path) ?? throw Damaged()).Open(), budget);
        using var reader = XmlReader.Create(content, Settings);
        var found = new List<Dictionary<string, string>>();
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == element)
                {
                    var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
                    while (reader.MoveToNextAttribute())
                    {
                        attributes[reader.LocalName] = reader.Value;
                    }

                    found.Add(attributes);
                }
            }
        }
        catch (XmlException)
        {
            throw Damaged();
        }

        return found;
    }

    /// <summary>A name with its control characters shown as code points, so a message never carries them.</summary>
    public static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));

    internal static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };

    public static FieldException Damaged() => new("file", "The workbook is damaged: it cannot be read as an Excel workbook (.xlsx).");

    public static FieldException TooLarge() => new("file", $"The workbook unpacks to more than {MaxUnpackedBytes / 1024 / 1024} MiB, far more than any list needs; it is not imported.");
}
