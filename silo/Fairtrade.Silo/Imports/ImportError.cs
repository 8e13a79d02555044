namespace Fairtrade.Silo.Imports;

/// <summary>One reason the import was refused, at its place: the sheet, and where known the row (1-based, as the spreadsheet numbers it) and column (its header).</summary>
public sealed record ImportError(string Sheet, int? Row, string? Column, string Message);
