namespace Fairtrade.Rules.Status;

[GenerateSerializer, Immutable, Alias("fairtrade.TitleStatus")]
public sealed record TitleStatus(
    [property: Id(0)] TitleState State,
    [property: Id(1)] DateOnly? AwardedOn,
    [property: Id(2)] DateOnly? RenewalDueOn);
