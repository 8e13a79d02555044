namespace Fairtrade.Rules.Rulesets;

public sealed record RetailCateringRules
{
    /// <summary>Fairtrade products an outlet must offer to count.</summary>
    public required int MinRetailProducts { get; init; }

    public required int MinCateringProducts { get; init; }

    /// <summary>Whether products are counted by name or by distinct category (some campaigns ask for different categories).</summary>
    public required ProductCounting CountBy { get; init; }

    public required PopulationBand[] Retail { get; init; }

    public required PopulationBand[] Catering { get; init; }

    public required string Source { get; init; }
}
