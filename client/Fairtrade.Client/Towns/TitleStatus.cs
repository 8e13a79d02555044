namespace Fairtrade.Client.Towns;

public sealed record TitleStatus(string State, string? AwardedOn, string? RenewalDueOn);
