using Fairtrade.Rules.Calendar;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Rules.Participants;

/// <summary>When a participant counts toward its criterion (API.md, "What counts").</summary>
public static class ParticipantRules
{
    /// <summary>The days on which the participant counts: products enough, valid evidence and, for civil society, a recent activity.</summary>
    public static Contribution Contribute(ParticipantFacts participant, Ruleset ruleset, ProductVocabulary vocabulary)
    {
        var counts = !participant.Archived && CountsToward(participant.Kind) && ProductCount(participant, ruleset, vocabulary) >= MinProducts(participant.Kind, ruleset);

        // Only evidence of a participant that can count matters to the town (its "expiring soon" list).
        EvidenceFacts[] approved = counts
            ? [.. participant.Evidence.Where(e => e.Status == EvidenceStatus.Approved).OrderBy(e => e.ValidUntil).ThenBy(e => e.Id, StringComparer.Ordinal)]
            : [];
        DatePeriod[] periods = [];
        if (counts)
        {
            periods = EvidenceFacts.ValidPeriods(approved);
            if (IsCivilSociety(participant.Kind))
            {
                periods = DatePeriods.Intersect(periods, ActivityPeriods(participant, ruleset));
            }
        }

        return new Contribution(participant.Id, participant.Kind, periods, approved);
    }

    public static ParticipantEvaluation Evaluate(ParticipantFacts participant, Ruleset ruleset, ProductVocabulary vocabulary, DateOnly asOf)
    {
        var reasons = new List<string>();
        if (participant.Archived)
        {
            reasons.Add("It is archived and no longer counted.");
        }

        if (!CountsToward(participant.Kind))
        {
            reasons.Add($"A participant of kind '{participant.Kind.ToString().ToLowerInvariant()}' does not count toward any criterion of {ruleset.Id}.");
            return new ParticipantEvaluation(false, reasons);
        }

        var min = MinProducts(participant.Kind, ruleset);
        var count = ProductCount(participant, ruleset, vocabulary);
        if (count < min)
        {
            var unit = ruleset.RetailCatering.CountBy == ProductCounting.Categories ? "product categor" + (count == 1 ? "y" : "ies") : count == 1 ? "product" : "products";
            reasons.Add($"It offers {count} Fairtrade {unit}; at least {min} are needed.");
        }

        if (!participant.Evidence.Any(e => e.IsValidOn(asOf)))
        {
            reasons.Add($"It has no approved evidence valid on {asOf:yyyy-MM-dd}.");
        }

        if (IsCivilSociety(participant.Kind) && !DatePeriods.AnyContains(ActivityPeriods(participant, ruleset), asOf))
        {
            reasons.Add($"It has no Fairtrade activity in the {ruleset.CivilSociety.ActivityWindowMonths} months up to {asOf:yyyy-MM-dd}.");
        }

        return new ParticipantEvaluation(reasons.Count == 0, reasons);
    }

    public static bool CountsToward(ParticipantKind kind) => kind is ParticipantKind.Retail or ParticipantKind.Catering || IsCivilSociety(kind);

    public static bool IsCivilSociety(ParticipantKind kind) => kind is ParticipantKind.School or ParticipantKind.Club or ParticipantKind.Faith;

    private static int MinProducts(ParticipantKind kind, Ruleset ruleset) => kind switch
    {
        ParticipantKind.Retail => ruleset.RetailCatering.MinRetailProducts,
        ParticipantKind.Catering => ruleset.RetailCatering.MinCateringProducts,
        _ => ruleset.CivilSociety.MinProducts,
    };

    private static int ProductCount(ParticipantFacts participant, Ruleset ruleset, ProductVocabulary vocabulary) =>
        ruleset.RetailCatering.CountBy == ProductCounting.Categories
            ? vocabulary.Categories(participant.Products).Count
            : participant.Products.Select(p => p.Trim().ToLowerInvariant()).Distinct().Count();

    private static DatePeriod[] ActivityPeriods(ParticipantFacts participant, Ruleset ruleset) =>
        DatePeriods.Union(participant.Activities.Select(day => DatePeriod.MonthsFrom(day, ruleset.CivilSociety.ActivityWindowMonths)));
}
