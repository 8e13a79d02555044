namespace Fairtrade.Rules.Rulesets;

/// <summary>
/// One campaign's numbers for the five Fairtrade Town criteria. Every number lives here, with the source it
/// comes from, so that "why 22 shops?" has an answer and a campaign can bring its own file.
/// </summary>
public sealed record Ruleset
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>ISO 3166 country code of the campaign, e.g. <c>DE</c>.</summary>
    public required string Country { get; init; }

    public required string Version { get; init; }

    public required string Source { get; init; }

    /// <summary>How long approved evidence counts after its effective date.</summary>
    public required int EvidenceValidityMonths { get; init; }

    /// <summary>How far ahead the status looks to call a met town "at risk".</summary>
    public required int AtRiskHorizonDays { get; init; }

    /// <summary>Evidence whose coverage ends within this many days is listed as expiring soon.</summary>
    public required int ExpiringSoonDays { get; init; }

    public required TitleRules Title { get; init; }

    public RenewalRules Renewal { get; init; } = RenewalRules.Default;

    public required CouncilRules Council { get; init; }

    public required SteeringGroupRules SteeringGroup { get; init; }

    public required RetailCateringRules RetailCatering { get; init; }

    public required CivilSocietyRules CivilSociety { get; init; }

    public required MediaRules Media { get; init; }
}
