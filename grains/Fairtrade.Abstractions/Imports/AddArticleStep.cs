using Fairtrade.Abstractions.TownCriteria;

namespace Fairtrade.Abstractions.Imports;

/// <summary>Adds a press article unless the town holds <paramref name="Count"/> articles just like it already (as <see cref="AddMemberStep"/>).</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.AddArticleStep")]
public sealed record AddArticleStep(
    [property: Id(0), JsonPropertyName("publishedOn")] DateOnly PublishedOn,
    [property: Id(1), JsonPropertyName("outlet")] string Outlet,
    [property: Id(2), JsonPropertyName("title")] string Title,
    [property: Id(3), JsonPropertyName("url")] string? Url,
    [property: Id(4), JsonPropertyName("count")] int Count) : ImportStep
{
    public bool Matches(MediaArticle article) =>
        article.PublishedOn == PublishedOn && article.Outlet == Outlet && article.Title == Title && article.Url == Url;
}
