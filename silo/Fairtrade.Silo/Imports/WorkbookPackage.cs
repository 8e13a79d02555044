using System.IO.Compression;
using System.Xml;

namespace Fairtrade.Silo.Imports;

/// <summary>
/// Looks inside an uploaded workbook before anything parses it for real: that it is an .xlsx at all, that it does
/// not unpack to more than a list could need (a zip bomb), that its parts are found one way only
/// (<see cref="WorkbookStructure"/>), and every XML part through <see cref="SheetScan"/>. Only a workbook that passes
/// is given to the spreadsheet library.
/// </summary>
public static class WorkbookPackage
{
    public const long MaxUnpackedBytes = 64L * 1024 * 1024;
    private const int MaxParts = 1_000;

    /// <summary>Throws <see cref="RefusedException"/> (400 naming <c>file</c>, or 415) when the workbook cannot be imported.</summary>
    /// <param name="errors">Takes each cell longer than Excel allows; with any, the workbook must not be read further.</param>
    /// <returns>Per sheet name, the references of cells that hold an error value (<c>#N/A</c>, <c>#DIV/0!</c>…).</returns>
    public static Dictionary<string, HashSet<string>> Inspect(Stream workbook, ImportErrors errors)
    {
        CheckSignature(workbook);
        using var zip = Open(workbook);
        if (zip.Entries.Count > MaxParts || zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
        {
            throw TooLarge();
        }

        var errorCells = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        try
        {
            var package = PackageParts.Open(zip, new UnpackBudget(MaxUnpackedBytes));
            var structure = WorkbookStructure.Read(package);
            var sharedStrings = structure.SharedStrings is { } strings ? SharedStringScan.Lengths(package, strings) : [];
            var scan = new SheetScan(package.Tally, sharedStrings, errors);

            foreach (var (name, part) in structure.Sheets)
            {
                errorCells[name] = scan.Read(package, part, name);
            }

            foreach (var part in package.Unread)
            {
                if (part.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    package.Relationships(part);
                }
                else if (package.IsXml(part))
                {
                    scan.Read(package, part, part.TrimStart('/'));
                }
                else
                {
                    package.Drain(part);
                }
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or XmlException)
        {
            throw Damaged();
        }

        workbook.Position = 0;
        return errorCells;
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
            throw RefusedException.ForField("file", ImportProblemTexts.Current.PasswordProtected);
        }

        throw new RefusedException(StatusCodes.Status415UnsupportedMediaType, ImportProblemTexts.Current.NotAWorkbook);
    }

    private static ZipArchive Open(Stream workbook)
    {
        try
        {
            var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
            // The central directory is read on first use: a damaged one is found here, not later.
            _ = zip.Entries.Count;
            return zip;
        }
        catch (InvalidDataException)
        {
            throw Damaged();
        }
    }

    public static RefusedException Damaged() => RefusedException.ForField("file", ImportProblemTexts.Current.Damaged);

    public static RefusedException TooLarge() => RefusedException.ForField("file", ImportProblemTexts.Current.UnpacksTooLarge(MaxUnpackedBytes / 1024 / 1024));

    /// <summary>A package a reader could take more than one way; <paramref name="what"/> says how.</summary>
    public static RefusedException Ambiguous(Func<ImportProblemTexts, string> what)
    {
        var texts = ImportProblemTexts.Current;
        return RefusedException.ForField("file", texts.Ambiguous(what(texts)));
    }

    public static RefusedException NoPartName(string entry) => RefusedException.ForField("file", ImportProblemTexts.Current.NoPartName(ImportText.Quote(entry)));

    public static RefusedException Macros() => new(StatusCodes.Status415UnsupportedMediaType, ImportProblemTexts.Current.Macros);

    public static RefusedException ExternalLinks() => RefusedException.ForField("file", ImportProblemTexts.Current.ExternalLinks);
}
