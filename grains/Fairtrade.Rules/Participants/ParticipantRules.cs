using Fairtrade.Rules.Calendar;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Rules.Participants;

/// <summary>When a participant counts toward its criterion (docs/api.md, "What counts").</summary>
public static class ParticipantRules
{
    /// <summary>
    /// The days on which the participant counts: not archived yet, offering enough products as they stood that day,
    /// with valid evidence and, for civil society, a recent activity.
    /// </summary>
    public static Contribution Contribute(ParticipantFacts participant, Ruleset ruleset, ProductVocabulary vocabulary)
    {
        var eligible = CountsToward(participant.Kind) ? EligiblePeriods(participant, ruleset, vocabulary) : [];

        // Only evidence of a participant that can count matters to the town (its "expiring soon" list).
        EvidenceFacts[] approved = eligible.Length > 0
            ? [.. participant.Evidence.Where(e => e.Status == EvidenceStatus.Approved).OrderBy(e => e.ValidUntil).ThenBy(e => e.Id, StringComparer.Ordinal)]
            : [];
        var periods = DatePeriods.Intersect(EvidenceFacts.ValidPeriods(approved), eligible);
        if (IsCivilSociety(participant.Kind))
        {
            periods = DatePeriods.Intersect(periods, ActivityPeriods(participant, ruleset));
        }

        return new Contribution(participant.Id, participant.Kind, periods, approved) { EligiblePeriods = eligible };
    }

    public static ParticipantEvaluation Evaluate(ParticipantFacts participant, Ruleset ruleset, ProductVocabulary vocabulary, DateOnly asOf)
    {
        var gaps = new List<ParticipantGap>();
        if (participant.IsArchivedOn(asOf))
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
        var count = ProductCount(participant.ProductsOn(asOf), ruleset, vocabulary);
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

    private static int ProductCount(IReadOnlyCollection<string> products, Ruleset ruleset, ProductVocabulary vocabulary) =>
        ruleset.RetailCatering.CountBy == ProductCounting.Categories
            ? vocabulary.Categories(products).Count
            : products.Select(p => p.Trim().ToLowerInvariant()).Distinct().Count();

    /// <summary>
    /// The days before its archiving on which it offered enough products: each earlier list from the change before
    /// it, the current one from the last change on (the first list reaches back to the first day there is).
    /// </summary>
    private static DatePeriod[] EligiblePeriods(ParticipantFacts participant, Ruleset ruleset, ProductVocabulary vocabulary)
    {
        var min = MinProducts(participant.Kind, ruleset);
        var from = DateOnly.MinValue;
        var enough = new List<DatePeriod>();
        foreach (var earlier in participant.EarlierProducts.OrderBy(p => p.Until))
        {
            if (ProductCount(earlier.Products, ruleset, vocabulary) >= min)
            {
                enough.Add(new DatePeriod(from, earlier.Until));
            }

            from = earlier.Until;
        }

        if (ProductCount(participant.Products, ruleset, vocabulary) >= min)
        {
            enough.Add(new DatePeriod(from, DateOnly.MaxValue));
        }

        var archivedOn = participant.Archived ? participant.ArchivedOn ?? DateOnly.MinValue : DateOnly.MaxValue;
        return DatePeriods.Intersect(enough, [new DatePeriod(DateOnly.MinValue, archivedOn)]);
    }

    private static DatePeriod[] ActivityPeriods(ParticipantFacts participant, Ruleset ruleset) =>
        DatePeriods.Union(participant.Activities.Select(day => DatePeriod.MonthsFrom(day, ruleset.CivilSociety.ActivityWindowMonths)));
}
