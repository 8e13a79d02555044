using Fairtrade.Rules.Status;

namespace Fairtrade.Abstractions.Campaign;

/// <summary>A console row as answered for a day: the town's posted row and its title on that day.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.CampaignTown")]
public sealed record CampaignTown(
    [property: Id(0)] CampaignTownRow Row,
    [property: Id(1)] TitleStatus Title);
