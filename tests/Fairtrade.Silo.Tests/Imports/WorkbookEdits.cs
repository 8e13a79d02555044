namespace Fairtrade.Silo.Tests.Imports;

/// <summary>A formula for a cell, as opposed to text that looks like one.</summary>
public sealed record Formula(string A1);

/// <summary>A value for one cell: sheet by index, row and column from 1.</summary>
public sealed record CellEdit(int Sheet, int Row, int Column, object Value);

/// <summary>What <see cref="SheetEdit"/> does to a sheet.</summary>
public enum SheetChange
{
    Delete,
    Copy,
    DeleteColumn,
    DuplicateHeader,
    InsertRowAbove,
    ClearHeader,
    RenameToAnother,
}

/// <summary>A change to a sheet by index (<see cref="Column"/> where the change is to a column).</summary>
public sealed record SheetEdit(int Sheet, SheetChange Change, int Column);

/// <summary>XOR <see cref="Xor"/> into one byte of part <see cref="Part"/> (of the unpacked part, or of the whole file).</summary>
public sealed record ByteFlip(int Part, int At, byte Xor);
