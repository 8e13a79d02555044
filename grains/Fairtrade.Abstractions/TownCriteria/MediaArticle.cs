namespace Fairtrade.Abstractions.TownCriteria;

[GenerateSerializer, Immutable, Alias("fairtrade.MediaArticle")]
public sealed record MediaArticle(
    [property: Id(0), JsonPropertyName("id")] string Id,
    [property: Id(1), JsonPropertyName("publishedOn")] DateOnly PublishedOn,
    [property: Id(2), JsonPropertyName("outlet")] string Outlet,
    [property: Id(3), JsonPropertyName("title")] string Title,
    [property: Id(4), JsonPropertyName("url")] string? Url);
