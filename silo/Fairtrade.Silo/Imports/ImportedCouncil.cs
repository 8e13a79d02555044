namespace Fairtrade.Silo.Imports;

/// <summary>The council sheet: the resolution's date (null when the cell is empty) and the products it lists.</summary>
public sealed record ImportedCouncil(DateOnly? ResolutionAdoptedOn, string[] ProductsServed);
