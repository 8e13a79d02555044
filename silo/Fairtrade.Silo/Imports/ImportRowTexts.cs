using System.Globalization;
using Fairtrade.Grains.Localization;

namespace Fairtrade.Silo.Imports;

/// <summary>
/// What is wrong with a row, a cell or a sheet of an imported workbook (ImportRowTexts.*.resx), in the language of
/// the coordinator reading the report. Values typed in the workbook, ids, dates (yyyy-MM-dd) and counts are put in
/// as they are, so the report names them the same way in every language; counts keep the API's one format (10,000).
/// </summary>
public sealed class ImportRowTexts : TextCatalog<ImportRowTexts>
{
    public string MoreErrors(int more) => Format(nameof(MoreErrors), Number(more));

    // A cell's value.
    public string ControlCharacters => Get();
    public string NameTakesOneLine => Get();
    public string TextNotADate(string text) => Format(nameof(TextNotADate), text);
    public string ValueNotADate(string value, string type) => Format(nameof(ValueNotADate), value, type);
    public string NeitherYesNorNo(string words) => Format(nameof(NeitherYesNorNo), words);
    public string Formula => Get();
    public string ErrorValue => Get();
    public string OutOfRange(string type) => Format(nameof(OutOfRange), type);
    public string CellTooLong(int length, int max) => Format(nameof(CellTooLong), Number(length), Number(max));

    // Words the import did not understand.
    public string NotAKind(string word, string choices) => Format(nameof(NotAKind), word, choices);
    public string NotASector(string word, string choices) => Format(nameof(NotASector), word, choices);
    public string MoreThanADayAhead(string day) => Format(nameof(MoreThanADayAhead), day);

    // Participants the rows name.
    public string Archived(string id) => Format(nameof(Archived), id);
    public string SameName(int count, string name, string ids) => Format(nameof(SameName), count, name, ids);
    public string SameNameAndAddress(int count, string name, string ids) => Format(nameof(SameNameAndAddress), count, name, ids);
    public string SameParticipant(string sheet, int row) => Format(nameof(SameParticipant), sheet, row);

    public string NoFreeId(string name) => Format(nameof(NoFreeId), name);

    // The council's products.
    public string CouncilProductsAtMost(int max) => Format(nameof(CouncilProductsAtMost), max);
    public string CouncilWouldList(int count, int max) => Format(nameof(CouncilWouldList), count, max);

    // A sheet's name and header row.
    public string SheetNameControlCharacters => Get();
    public string SecondColumn(string column) => Format(nameof(SecondColumn), column);
    public string NoColumn(string columns) => Format(nameof(NoColumn), columns);
    public string NoHeaderRow(int rows, string columns) => Format(nameof(NoHeaderRow), rows, columns);

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
