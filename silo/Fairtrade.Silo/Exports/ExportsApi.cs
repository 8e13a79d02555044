using Fairtrade.Abstractions.Audit;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Silo.Files;

namespace Fairtrade.Silo.Exports;

public static class ExportsApi
{
    public static RouteGroupBuilder MapExportsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/towns/{slug}/exports").WithTags("Exports").RequireAuthorization(Policies.Coordinator)
            .AddEndpointFilter<PathIdentifiersFilter>();
        group.MapGet("/renewal.xlsx", RenewalAsync).WithSummary("Download the renewal workbook")
            .Produces(StatusCodes.Status200OK, contentType: WorkbookFile.ContentType);
        group.MapGet("/evidence.zip", BundleAsync).WithSummary("Download the town's evidence as a zip")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip");
        return group;
    }

    /// <summary>The renewal workbook as of <paramref name="asOf"/> (default today), in <paramref name="lang"/> (default: the ruleset's country).</summary>
    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> RenewalAsync(
        string slug, [Day] string? asOf, [Language] string? lang, IGrainFactory grains, RulesetCatalog rulesets, ProductVocabulary vocabulary, IAuditLog audit,
        CampaignCalendar calendar, CancellationToken cancellationToken)
    {
        var day = Days.AsOf(asOf, calendar);
        if (await RenewalData.LoadAsync(grains, rulesets, audit, calendar, slug, day, cancellationToken) is not { } data)
        {
            return Problems.NotFound(t => t.NoTown(slug));
        }

        return TypedResults.File(WorkbookFile.Renewal(data, lang, vocabulary, calendar), WorkbookFile.ContentType, $"renewal-{slug}-{day:yyyy-MM-dd}.xlsx");
    }

    /// <summary>The workbook (in the campaign's language) and every evidence file valid on <paramref name="asOf"/>, streamed as a zip.</summary>
    public static async Task<IResult> BundleAsync(
        string slug, [Day] string? asOf, IGrainFactory grains, RulesetCatalog rulesets, ProductVocabulary vocabulary, IAuditLog audit,
        CampaignCalendar calendar, IFileStore files, CancellationToken cancellationToken)
    {
        var day = Days.AsOf(asOf, calendar);
        if (await RenewalData.LoadAsync(grains, rulesets, audit, calendar, slug, day, cancellationToken) is not { } data)
        {
            return Problems.NotFound(t => t.NoTown(slug));
        }

        var workbook = WorkbookFile.Renewal(data, null, vocabulary, calendar);
        return Results.Stream(
            output => EvidenceBundle.WriteAsync(output, data, workbook, files, cancellationToken),
            "application/zip", $"evidence-{slug}-{day:yyyy-MM-dd}.zip");
    }
}
