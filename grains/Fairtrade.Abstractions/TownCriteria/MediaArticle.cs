namespace Fairtrade.Abstractions.TownCriteria;

[GenerateSerializer, Immutable, Alias("fairtrade.MediaArticle")]
public sealed record MediaArticle(
    [property: Id(0)] string Id,
    [property: Id(1)] DateOnly PublishedOn,
    [property: Id(2)] string Outlet,
    [property: Id(3)] string Title,
    [property: Id(4)] string? Url);
