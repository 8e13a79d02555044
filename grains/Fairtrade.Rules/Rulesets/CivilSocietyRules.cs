namespace Fairtrade.Rules.Rulesets;

public sealed record CivilSocietyRules
{
    /// <summary>Fairtrade products a school, club or faith community must use.</summary>
    public required int MinProducts { get; init; }

    /// <summary>An activity counts for this many months after its date.</summary>
    public required int ActivityWindowMonths { get; init; }

    public required PopulationBand[] School { get; init; }

    public required PopulationBand[] Club { get; init; }

    public required PopulationBand[] Faith { get; init; }

    public required string Source { get; init; }
}
