using System.ComponentModel.DataAnnotations;
using Fairtrade.Abstractions.TownCriteria;
using Fairtrade.Silo.Http;

namespace Fairtrade.Silo.TownCriteria;

public sealed record AddArticleRequest(
    [property: Required] DateOnly? PublishedOn,
    [property: Required, StringLength(200, MinimumLength = 1), SingleLine] string? Outlet,
    [property: Required, StringLength(300, MinimumLength = 1), SingleLine] string? Title,
    [property: StringLength(2000), Url] string? Url)
{
    public MediaArticleDraft ToDraft() => new(PublishedOn!.Value, Outlet!.Trim(), Title!.Trim(), Url);
}
