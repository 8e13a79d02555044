namespace Fairtrade.Silo.Imports;

/// <summary>Where a field stands in an imported sheet: its column number (1-based) and the header it has there.</summary>
public sealed record SheetColumn(int Number, string Header);
