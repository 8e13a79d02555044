using Fairtrade.Rules.Status;

namespace Fairtrade.Abstractions.Campaign;

/// <param name="State">Only towns whose title is in this state on <paramref name="AsOf"/>.</param>
/// <param name="Text">Only towns whose name contains this, ignoring case.</param>
[GenerateSerializer, Immutable, Alias("fairtrade.CampaignQuery")]
public sealed record CampaignQuery(
    [property: Id(0)] DateOnly AsOf,
    [property: Id(1)] TitleState? State = null,
    [property: Id(2)] string? Text = null,
    [property: Id(3)] CampaignSort Sort = CampaignSort.Name,
    [property: Id(4)] bool Descending = false);
