namespace Fairtrade.Client.Towns;

/// <summary>The <c>Status</c> of the API, as far as the table shows it.</summary>
public sealed record StatusReport(
    string Town, string Ruleset, string AsOf, string Overall, CriterionStatus[] Criteria, ExpiringEvidence[] ExpiringSoon, TitleStatus? Title);
