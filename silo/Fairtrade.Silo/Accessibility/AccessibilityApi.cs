using Fairtrade.Abstractions.Towns;
using Fairtrade.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Accessibility;

/// <summary>
/// Barrier reports: anyone may send one (the form on the accessibility statement), without an account but within
/// <see cref="BarrierReportLimit"/>; the admin reads them.
/// </summary>
public static class AccessibilityApi
{
    public static RouteGroupBuilder MapAccessibilityApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/accessibility").WithTags("Accessibility");
        group.MapPost("/barriers", ReportAsync).WithSummary("Report a barrier in the pages").RequireRateLimiting(BarrierReportLimit.Policy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/barriers", ListAsync).WithSummary("List the barrier reports").RequireAuthorization(Policies.Admin);
        return group;
    }

    /// <summary>Stores the report and, when mail is configured, mails it to the operator's accessibility contact.</summary>
    public static async Task<Results<Created<BarrierReportResponse>, ProblemHttpResult>> ReportAsync(
        BarrierReportRequest request, IGrainFactory grains, BarrierNotices notices, CampaignCalendar calendar, IOptions<FairtradeOptions> options)
    {
        var draft = request.ToDraft();
        var keep = options.Value.Limits.BarrierReportsKept;
        if (await grains.BarrierReports().ReportAsync(draft, notices.For(draft, calendar.Now), keep) is not { } report)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The report box is full.",
                detail: $"{keep} reports are kept already; please write to the contact on the accessibility statement.");
        }

        return TypedResults.Created((string?)null, BarrierReportResponse.From(report));
    }

    /// <summary>Every report, newest first.</summary>
    public static async Task<Ok<BarrierReportResponse[]>> ListAsync(IGrainFactory grains) =>
        TypedResults.Ok((await grains.BarrierReports().ListAsync()).Reverse().Select(BarrierReportResponse.From).ToArray());
}
