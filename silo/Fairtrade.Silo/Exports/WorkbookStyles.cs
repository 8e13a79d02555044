using DocumentFormat.OpenXml.Spreadsheet;

namespace Fairtrade.Silo.Exports;

/// <summary>The few cell formats the workbook uses, by their index in the workbook's style sheet.</summary>
internal static class WorkbookStyles
{
    public const uint Plain = 0;
    public const uint Day = 1;
    public const uint Moment = 2;
    public const uint Bold = 3;

    private const uint DayFormat = 164;
    private const uint MomentFormat = 165;

    /// <summary>
    /// The format a table column gives a row added to it in Excel (its differential format), by the style of the
    /// column's cells: a date typed into a new row of a date column shows as the others do.
    /// </summary>
    public static uint? ColumnFormat(uint style) => style switch
    {
        Day => 0,
        Moment => 1,
        _ => null,
    };

    public static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DayFormat, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = MomentFormat, FormatCode = "yyyy-mm-dd hh:mm" })
        { Count = 2 },
        new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
        // The first two fills are reserved by the format: none and a grey pattern.
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        // In the order of the indexes above.
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = DayFormat, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = MomentFormat, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true })
        { Count = 4 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
        // In the order of ColumnFormat's answers.
        new DifferentialFormats(
            new DifferentialFormat(new NumberingFormat { NumberFormatId = DayFormat, FormatCode = "yyyy-mm-dd" }),
            new DifferentialFormat(new NumberingFormat { NumberFormatId = MomentFormat, FormatCode = "yyyy-mm-dd hh:mm" }))
        { Count = 2 });

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }
}
