namespace Fairtrade.Rules.Rulesets;

public sealed record TitleRules
{
    /// <summary>How long the title holds after a renewal, and after the award unless <see cref="FirstValidityMonths"/> says otherwise.</summary>
    public required int ValidityMonths { get; init; }

    /// <summary>How long the first title holds after the award, where it differs (the UK: one year, then two or three).</summary>
    public int? FirstValidityMonths { get; init; }

    /// <summary>How long before the due date the renewal counts as due.</summary>
    public required int RenewalWindowWeeks { get; init; }

    public required string Source { get; init; }

    /// <summary>How long a title period holds: the first after the award, or a later one after a renewal.</summary>
    public int MonthsOf(bool renewed) => renewed ? ValidityMonths : FirstValidityMonths ?? ValidityMonths;
}
