using ClosedXML.Excel;
using Fairtrade.Abstractions.Imports;
using Fairtrade.Silo.Exports;
using Fairtrade.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Imports;

/// <summary>
/// <c>POST /api/towns/{slug}/imports?dryRun=</c>: a workbook (the renewal workbook, or a coordinator's own list)
/// read, checked whole, and applied all or nothing as the importing user.
/// </summary>
public static class ImportsApi
{
    /// <summary>Far longer than an import of the largest workbook takes; only an import whose silo died holds it that long.</summary>
    private static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(10);

    public static RouteGroupBuilder MapImportsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/towns/{slug}/imports").WithTags("Imports").RequireAuthorization(Policies.Coordinator)
            .AddEndpointFilter<PathIdentifiersFilter>().AddEndpointFilter<ReaderRefusalsFilter>();
        // No Accepts(...) here: a content-type constraint would answer 415 before authorization has refused a stranger.
        group.MapPost("/", ImportAsync).WithSummary("Import participants from a workbook").DisableAntiforgery()
            .WithDescription($"Body: the workbook ({WorkbookFile.ContentType}) itself, or as the multipart/form-data field 'file'.")
            .Produces<ImportReport>().Produces<ImportReport>(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return group;
    }

    public static async Task<IResult> ImportAsync(
        string slug, [ValueOf<bool>] string? dryRun, HttpRequest http, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar,
        IOptions<FairtradeOptions> options, CancellationToken cancellationToken)
    {
        var town = grains.Town(slug);
        if (await town.GetProfileAsync() is not { } profile)
        {
            return Problems.NotFound(t => t.NoTown(slug));
        }

        using var body = await ImportBody.ReadAsync(http, options.Value.MaxUploadBytes, cancellationToken);
        var errors = new ImportErrors();
        var errorCells = WorkbookPackage.Inspect(body, errors);
        if (errors.Count > 0)
        {
            // A cell longer than Excel allows: the workbook is not given to the spreadsheet library at all.
            return TypedResults.Json(new ImportPlan().Report(false, errors.ToArray()), statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        using var workbook = Load(body);
        var today = calendar.Today;
        var batch = WorkbookReader.Read(workbook, errorCells, today, errors, http.HttpContext.RequestServices);

        // One import per town at a time, on whichever silo it arrives: a second waits until the first has written.
        var lease = grains.ImportLease(slug);
        var holder = Guid.NewGuid();
        while (!await lease.TryTakeAsync(holder, LeaseTime))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }

        try
        {
            // An import a crash interrupted is applied to the end first: the plan is made from the town as it is.
            var journal = grains.ImportJournal(slug);
            await ApplyAllAsync(journal);
            var plan = new ImportPlan();
            await ParticipantImport.PlanAsync(grains, slug, profile, batch.Participants, today, plan);
            await TownCriteriaImport.PlanAsync(town, batch, plan);
            if (errors.Count > 0)
            {
                var report = plan.Report(false, errors.ToArray());
                return TypedResults.Json(report, statusCode: StatusCodes.Status422UnprocessableEntity);
            }

            if (CheckedValue.Of<bool>(dryRun) != true)
            {
                // Stored whole before the first step: a crash from here on leaves it to be applied to the end.
                if (!await journal.BeginAsync(user.Actor(), today, [.. plan.Steps]))
                {
                    throw new InvalidOperationException($"An import into '{slug}' is still being applied.");
                }

                await ApplyAllAsync(journal);
            }

            return TypedResults.Ok(plan.Report(CheckedValue.Of<bool>(dryRun) != true, []));
        }
        finally
        {
            await lease.ReleaseAsync(holder);
        }
    }

    /// <summary>Applies the journal a slice per call, each well within the cluster's response timeout.</summary>
    private static async Task ApplyAllAsync(IImportJournalGrain journal)
    {
        int left;
        do
        {
            left = await journal.ApplySomeAsync();
        }
        while (left > 0);
    }

    private static XLWorkbook Load(Stream body)
    {
        try
        {
            return new XLWorkbook(body);
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
        {
            throw WorkbookPackage.Damaged();
        }
    }
}
