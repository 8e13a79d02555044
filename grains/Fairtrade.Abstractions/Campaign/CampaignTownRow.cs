using Fairtrade.Abstractions.Renewals;
using Fairtrade.Rules.Status;

namespace Fairtrade.Abstractions.Campaign;

/// <summary>
/// A town's line in the campaign office's console, posted by the town itself whenever it changes and once a day, so
/// the console reads one grain instead of every town. <see cref="Overall"/> and <see cref="SafeUntil"/> are as of
/// <see cref="ComputedOn"/>; the title's state is worked out for the day asked from the two title dates.
/// </summary>
[GenerateSerializer, Immutable, Alias("fairtrade.CampaignTownRow")]
public sealed record CampaignTownRow(
    [property: Id(0), JsonPropertyName("slug")] string Slug,
    [property: Id(1), JsonPropertyName("name")] string Name,
    [property: Id(2), JsonPropertyName("population")] int Population,
    [property: Id(3), JsonPropertyName("ruleset")] string Ruleset,
    [property: Id(4), JsonPropertyName("overall")] OverallStatus Overall,
    [property: Id(5), JsonPropertyName("titleAwardedOn")] DateOnly? TitleAwardedOn,
    [property: Id(6), JsonPropertyName("lastRenewedOn")] DateOnly? LastRenewedOn,
    [property: Id(7), JsonPropertyName("safeUntil")] DateOnly? SafeUntil,
    [property: Id(8), JsonPropertyName("renewal")] Renewal? Renewal,
    [property: Id(9), JsonPropertyName("pendingReviews")] int PendingReviews,
    [property: Id(10), JsonPropertyName("lastChangeAt")] DateTimeOffset? LastChangeAt,
    [property: Id(11), JsonPropertyName("computedOn")] DateOnly ComputedOn);
