using Fairtrade.Abstractions.Accessibility;

namespace Fairtrade.Silo.Accessibility;

/// <summary>A barrier report as the API answers it.</summary>
/// <param name="MailedAt">When it was mailed to the operator's contact; null if it was not (or not yet).</param>
public sealed record BarrierReportResponse(
    string Id, DateTimeOffset ReceivedAt, string Page, string What, string? Email, string? Language, DateTimeOffset? MailedAt)
{
    public static BarrierReportResponse From(BarrierReport report) =>
        new(report.Id, report.ReceivedAt, report.Page, report.What, report.Email, report.Language, report.MailedAt);
}
