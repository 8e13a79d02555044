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
        var gaps = new List<ParticipantGap>();
        if (participant.Archived)
        {
            gaps.Add(new ParticipantGap(ParticipantGapKind.Archived, asOf));
        }

        if (!CountsToward(participant.Kind))
        {
            gaps.Add(new ParticipantGap(ParticipantGapKind.KindDoesNotCount, asOf,
                Detail: $"A participant of kind '{participant.Kind.ToString().ToLowerInvariant()}' does not count toward any criterion of {ruleset.Id}."));
            return new ParticipantEvaluation(false, gaps);
        }

        var min = MinProducts(participant.Kind, ruleset);
        var count = ProductCount(participant, ruleset, vocabulary);
        if (count < min)
        {
            gaps.Add(new ParticipantGap(ParticipantGapKind.TooFewProducts, asOf, count, min, ruleset.RetailCatering.CountBy == ProductCounting.Categories));
        }

        if (!participant.Evidence.Any(e => e.IsValidOn(asOf)))
        {
            gaps.Add(new ParticipantGap(ParticipantGapKind.NoValidEvidence, asOf));
        }

        if (IsCivilSociety(participant.Kind) && !DatePeriods.AnyContains(ActivityPeriods(participant, ruleset), asOf))
        {
            gaps.Add(new ParticipantGap(ParticipantGapKind.NoRecentActivity, asOf, Need: ruleset.CivilSociety.ActivityWindowMonths));
        }

        return new ParticipantEvaluation(gaps.Count == 0, gaps);
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
