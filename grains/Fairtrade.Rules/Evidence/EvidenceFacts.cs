using Fairtrade.Rules.Calendar;

namespace Fairtrade.Rules.Evidence;

/// <summary>What the rules need to know of one piece of evidence.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.EvidenceFacts")]
public sealed record EvidenceFacts(
    [property: Id(0), JsonPropertyName("id")] string Id,
    [property: Id(1), JsonPropertyName("status")] EvidenceStatus Status,
    [property: Id(2), JsonPropertyName("effectiveDate")] DateOnly EffectiveDate,
    [property: Id(3), JsonPropertyName("validUntil")] DateOnly ValidUntil)
{
    /// <summary>Approved evidence counts from its effective date until (not including) its end of validity.</summary>
    public bool IsValidOn(DateOnly day) => Status == EvidenceStatus.Approved && Period.Contains(day);

    [JsonPropertyName("period")]
    public DatePeriod Period => new(EffectiveDate, ValidUntil);

    /// <summary>The last day it counts, as people say "valid until": the day before <see cref="ValidUntil"/>.</summary>
    [JsonPropertyName("lastValidDay")]
    public DateOnly LastValidDay => LastValidDayBefore(ValidUntil);

    public static DateOnly LastValidDayBefore(DateOnly validUntil) => validUntil.AddDays(-1);

    /// <summary>The status a reader sees on <paramref name="day"/>.</summary>
    public EvidenceStatus StatusOn(DateOnly day) =>
        Status == EvidenceStatus.Approved && day >= ValidUntil ? EvidenceStatus.Expired : Status;

    /// <summary>The approved evidence whose validity ends on <paramref name="until"/> (the greatest id of several), or null.</summary>
    public static string? LastEndingOn(IEnumerable<EvidenceFacts> evidence, DateOnly until) =>
        evidence.Where(e => e.Status == EvidenceStatus.Approved && e.ValidUntil == until).Max(e => e.Id);

    public static DatePeriod[] ValidPeriods(IEnumerable<EvidenceFacts> evidence) =>
        DatePeriods.Union(evidence.Where(e => e.Status == EvidenceStatus.Approved).Select(e => e.Period));
}
