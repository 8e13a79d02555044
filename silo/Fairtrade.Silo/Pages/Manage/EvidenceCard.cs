using Fairtrade.Abstractions.Evidence;
using Fairtrade.Rules.Evidence;
using Fairtrade.Silo.Web;

namespace Fairtrade.Silo.Pages.Manage;

/// <summary>One piece of evidence as the coordinator sees it: its file shown, its revision, and, if it waits, the review buttons.</summary>
public sealed record EvidenceCard(string Town, EvidenceRecord Evidence, string SubjectName, bool Keeps, ManageTexts Texts, DateOnly Today)
{
    public EvidenceStatus Status => Evidence.ToFacts().StatusOn(Today);

    public string StatusName => KebabEnum.Name(Status);

    public string FileUrl => $"/api/towns/{Town}/evidence/{Evidence.Id}/file";

    public bool IsImage => Evidence.File?.ContentType.StartsWith("image/", StringComparison.Ordinal) == true;

    public bool IsPdf => Evidence.File?.ContentType == "application/pdf";

    /// <summary>Evidence that never counted (spam, a file sent by mistake) may be deleted; approved once, it stays.</summary>
    public bool Deletable => Keeps && Evidence.Status != EvidenceStatus.Approved && Evidence.History.All(r => r.Status != EvidenceStatus.Approved);
}
