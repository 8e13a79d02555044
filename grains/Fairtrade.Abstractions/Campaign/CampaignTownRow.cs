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
    [property: Id(0)] string Slug,
    [property: Id(1)] string Name,
    [property: Id(2)] int Population,
    [property: Id(3)] string Ruleset,
    [property: Id(4)] OverallStatus Overall,
    [property: Id(5)] DateOnly? TitleAwardedOn,
    [property: Id(6)] DateOnly? LastRenewedOn,
    [property: Id(7)] DateOnly? SafeUntil,
    [property: Id(8)] Renewal? Renewal,
    [property: Id(9)] int PendingReviews,
    [property: Id(10)] DateTimeOffset? LastChangeAt,
    [property: Id(11)] DateOnly ComputedOn);
