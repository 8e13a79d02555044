using Fairtrade.Abstractions.TownCriteria;

namespace Fairtrade.Silo.TownCriteria;

public sealed record AddArticleRequest(
    [property: Mandatory] DateOnly? PublishedOn,
    [property: Mandatory, TextLength(200, MinimumLength = 1), SingleLine] string? Outlet,
    [property: Mandatory, TextLength(300, MinimumLength = 1), SingleLine] string? Title,
    [property: TextLength(2000), WebAddress] string? Url)
{
    public MediaArticleDraft ToDraft() => new(PublishedOn!.Value, Outlet!.Trim(), Title!.Trim(), Url);
}
