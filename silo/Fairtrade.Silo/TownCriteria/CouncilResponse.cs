using Fairtrade.Abstractions.Evidence;

namespace Fairtrade.Silo.TownCriteria;

public sealed record CouncilResponse(DateOnly? ResolutionAdoptedOn, string[] ProductsServed, EvidenceSummary[] Evidence);
