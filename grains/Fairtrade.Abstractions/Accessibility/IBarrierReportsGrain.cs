namespace Fairtrade.Abstractions.Accessibility;

/// <summary>
/// The barrier reports of the whole service (key: <c>GrainKeys.BarrierReports</c>): kept for the admin, and each
/// mailed to the operator's contact when the web layer hands in a notice.
/// </summary>
[Alias("fairtrade.IBarrierReportsGrain")]
public interface IBarrierReportsGrain : IGrainWithStringKey
{
    /// <summary>The most reports kept; beyond it a report is refused rather than the stored list growing without end.</summary>
    public const int MaxReports = 5_000;

    /// <summary>
    /// Stores the report; with a <paramref name="notice"/>, mails it after answering and tries again until the mail
    /// server takes it. Null when <see cref="MaxReports"/> are kept already.
    /// </summary>
    [Alias("Report")]
    Task<BarrierReport?> ReportAsync(BarrierReportDraft draft, BarrierNotice? notice);

    /// <summary>Every report, oldest first.</summary>
    [Alias("List")]
    Task<BarrierReport[]> ListAsync();
}
