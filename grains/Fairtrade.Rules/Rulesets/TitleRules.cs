namespace Fairtrade.Rules.Rulesets;

public sealed record TitleRules
{
    /// <summary>How long the title holds after award or renewal.</summary>
    public required int ValidityMonths { get; init; }

    /// <summary>How long before the due date the renewal counts as due.</summary>
    public required int RenewalWindowWeeks { get; init; }

    public required string Source { get; init; }
}
