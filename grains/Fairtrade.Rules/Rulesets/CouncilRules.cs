namespace Fairtrade.Rules.Rulesets;

public sealed record CouncilRules
{
    /// <summary>
    /// Product categories the council must serve, by counter: <c>coffee</c> (coffee served),
    /// <c>otherProducts</c> (categories besides coffee), <c>products</c> (categories in all).
    /// </summary>
    public required Dictionary<string, int> RequiredProducts { get; init; }

    public required string Source { get; init; }
}
