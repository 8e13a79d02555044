using System.Globalization;
using Fairtrade.Grains.Localization;

namespace Fairtrade.Silo.Imports;

/// <summary>
/// Why an import refuses a workbook as a whole (ImportProblemTexts.*.resx): no workbook, a damaged or dangerous one,
/// or one far larger than a list; worded like every other refusal, in the request's language. Numbers keep the API's
/// one format (10,000) in every language.
/// </summary>
public sealed class ImportProblemTexts : TextCatalog<ImportProblemTexts>
{
    public string WorkbookTooLarge(long bytes) => Format(nameof(WorkbookTooLarge), bytes);
    public string NoWorkbook => Get();
    public string NotWorkbookField => Get();
    public string NoWorkbookPart => Get();
    public string NotAWorkbook => Get();
    public string PasswordProtected => Get();
    public string Damaged => Get();
    public string UnpacksTooLarge(long mebibytes) => Format(nameof(UnpacksTooLarge), mebibytes);

    /// <summary>The sentence around one of the ambiguities below.</summary>
    public string Ambiguous(string what) => Format(nameof(Ambiguous), what);
    public string TwoContentTypeLists => Get();
    public string PartsDifferInCase(string first, string second) => Format(nameof(PartsDifferInCase), first, second);
    public string RelationshipTwice(string id, string part) => Format(nameof(RelationshipTwice), id, part);
    public string MainParts => Get();
    public string SheetsShareAPart(string first, string second) => Format(nameof(SheetsShareAPart), first, second);
    public string SharedStringParts => Get();

    public string NoPartName(string entry) => Format(nameof(NoPartName), entry);
    public string Macros => Get();
    public string ExternalLinks => Get();
    public string NestsTooDeep(int levels) => Format(nameof(NestsTooDeep), levels);
    public string TooManyElements(int elements, int rows) => Format(nameof(TooManyElements), Number(elements), Number(rows));
    public string TooManyFeatures(int features) => Format(nameof(TooManyFeatures), Number(features));
    public string TooMuchText(long characters, int rows) => Format(nameof(TooMuchText), Number(characters), Number(rows));
    public string CellsOrColumns(int cells, int columns, int rows) => Format(nameof(CellsOrColumns), Number(cells), columns, Number(rows));
    public string TooManyRows(string sheet, int rows) => Format(nameof(TooManyRows), sheet, Number(rows));
    public string SheetPointsNowhere(string sheet, string target) => Format(nameof(SheetPointsNowhere), sheet, target);
    public string NoRelationship(string id) => Format(nameof(NoRelationship), id);
    public string SheetWithoutName(int maxLength) => Format(nameof(SheetWithoutName), maxLength);

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
