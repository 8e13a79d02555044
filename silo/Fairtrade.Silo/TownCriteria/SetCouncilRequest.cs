using Fairtrade.Silo.Participants;

namespace Fairtrade.Silo.TownCriteria;

public sealed record SetCouncilRequest(
    DateOnly? ResolutionAdoptedOn,
    [property: Mandatory, ProductList] string[]? ProductsServed);
