using System.ComponentModel.DataAnnotations;
using Fairtrade.Silo.Participants;

namespace Fairtrade.Silo.TownCriteria;

public sealed record SetCouncilRequest(
    DateOnly? ResolutionAdoptedOn,
    [property: Required, ProductList] string[]? ProductsServed);
