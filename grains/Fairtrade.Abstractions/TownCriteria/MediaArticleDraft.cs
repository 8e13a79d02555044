namespace Fairtrade.Abstractions.TownCriteria;

[GenerateSerializer, Immutable, Alias("fairtrade.MediaArticleDraft")]
public sealed record MediaArticleDraft(
    [property: Id(0)] DateOnly PublishedOn,
    [property: Id(1)] string Outlet,
    [property: Id(2)] string Title,
    [property: Id(3)] string? Url);
