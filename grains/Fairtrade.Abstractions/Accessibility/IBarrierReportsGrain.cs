namespace Fairtrade.Abstractions.Accessibility;

/// <summary>
/// The barrier reports of the whole service (key: <c>GrainKeys.BarrierReports</c>): kept for the admin, and each
/// mailed to the operator's contact when the web layer hands in a notice.
/// </summary>
[Alias("fairtrade.IBarrierReportsGrain")]
public interface IBarrierReportsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores the report; with a <paramref name="notice"/>, mails it after answering and tries again until the mail
    /// server takes it. Null when <paramref name="keep"/> reports are stored already: a report is then refused rather
    /// than the stored list growing without end.
    /// </summary>
    [Alias("Report")]
    Task<BarrierReport?> ReportAsync(BarrierReportDraft draft, BarrierNotice? notice, int keep);

    /// <summary>Every report, oldest first.</summary>
    [Alias("List")]
    Task<BarrierReport[]> ListAsync();
}
