using Fairtrade.Rules.Status;

namespace Fairtrade.Abstractions.Towns;

[GenerateSerializer, Immutable, Alias("fairtrade.TownSummary")]
public sealed record TownSummary(
    [property: Id(0)] string Slug,
    [property: Id(1)] string Name,
    [property: Id(2)] int Population,
    [property: Id(3)] string Ruleset,
    [property: Id(4)] OverallStatus Overall);
