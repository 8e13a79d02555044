namespace Fairtrade.Silo.Imports;

/// <summary>
/// What the parts of a workbook add up to as they are read, against what the spreadsheet library may be given: it
/// holds every element, cell and character in memory, and some features (hyperlinks, comments) cost it far more.
/// </summary>
public sealed class PackageTally
{
    /// <summary>Cells in all sheets together, empty ones too: ten thousand rows of 25 columns.</summary>
    public const int MaxCells = 250_000;

    /// <summary>XML elements in all parts together; a full list of <see cref="MaxCells"/> needs well under half.</summary>
    public const int MaxElements = 2_000_000;

    /// <summary>Nesting of XML elements; what Excel writes stays under 20.</summary>
    public const int MaxDepth = 64;

    /// <summary>Characters in all cells together, a shared string counted at each cell that shows it.</summary>
    public const int MaxTextCharacters = 20_000_000;

    /// <summary>Hyperlinks, comments, merged cells and validation or formatting rules together (each range of a rule counted).</summary>
    public const int MaxFeatures = 1_000;

    private int _elements;
    private int _cells;
    private int _features;
    private long _text;

    public void Element(int depth)
    {
        if (depth > MaxDepth)
        {
            throw RefusedException.ForField("file", ImportProblemTexts.Current.NestsTooDeep(MaxDepth));
        }

        if (++_elements > MaxElements)
        {
            throw RefusedException.ForField("file", ImportProblemTexts.Current.TooManyElements(MaxElements, SheetScan.MaxRows));
        }
    }

    public void Cell()
    {
        if (++_cells > MaxCells)
        {
            throw CellsOrColumns();
        }
    }

    public void Features(int count)
    {
        _features += count;
        if (_features > MaxFeatures)
        {
            throw RefusedException.ForField("file", ImportProblemTexts.Current.TooManyFeatures(MaxFeatures));
        }
    }

    public void Text(int characters)
    {
        _text += characters;
        if (_text > MaxTextCharacters)
        {
            throw RefusedException.ForField("file", ImportProblemTexts.Current.TooMuchText(MaxTextCharacters, SheetScan.MaxRows));
        }
    }

    public static RefusedException CellsOrColumns() =>
        RefusedException.ForField("file", ImportProblemTexts.Current.CellsOrColumns(MaxCells, SheetScan.MaxColumns, SheetScan.MaxRows));
}
