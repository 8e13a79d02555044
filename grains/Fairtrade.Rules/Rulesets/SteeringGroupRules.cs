namespace Fairtrade.Rules.Rulesets;

public sealed record SteeringGroupRules
{
    public required int MinMembers { get; init; }

    public required string Source { get; init; }
}
