namespace Fairtrade.Silo.Imports;

/// <summary>The council sheet: the resolution's date (null when the cell is empty) and the products it lists, from <paramref name="FirstRow"/> on.</summary>
public sealed record ImportedCouncil(DateOnly? ResolutionAdoptedOn, string[] ProductsServed, ImportRow? FirstRow);
