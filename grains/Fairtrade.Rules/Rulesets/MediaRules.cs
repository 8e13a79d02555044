namespace Fairtrade.Rules.Rulesets;

public sealed record MediaRules
{
    /// <summary>An article counts for this many months after it was published.</summary>
    public required int WindowMonths { get; init; }

    public required PopulationBand[] Articles { get; init; }

    public required string Source { get; init; }
}
