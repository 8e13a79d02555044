using Fairtrade.Abstractions.Evidence;
using Fairtrade.Rules.Evidence;
using Fairtrade.Silo.Evidence;
using Microsoft.AspNetCore.Mvc;

namespace Fairtrade.Silo.Pages.Manage;

/// <summary>The review queue: every piece of evidence in the town that waits for a decision, oldest first, with its file shown.</summary>
public sealed class ReviewModel(IGrainFactory grains, CampaignCalendar calendar) : TownPageModel(grains)
{
    public override string Tab => "review";

    public EvidenceCard[] Waiting { get; private set; } = [];

    protected override async Task<IActionResult> LoadAsync()
    {
        var names = (await TownGrain.GetParticipantsAsync()).ToDictionary(p => p.Id, p => p.Name);
        var records = await EvidenceHolders.AllAsync(Grains, Town.Slug);
        Waiting = [.. records.Where(e => e.Status == EvidenceStatus.Submitted)
            .OrderBy(e => e.SubmittedAt).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new EvidenceCard(Town.Slug, e, names.GetValueOrDefault(e.Subject) ?? SubjectName(e.Subject), Keeps, Texts, calendar.Today))];
        return Page();
    }

    private string SubjectName(string subject) => subject switch
    {
        EvidenceSubjects.Council => Texts.Council,
        EvidenceSubjects.SteeringGroup => Texts.SteeringGroup,
        _ when subject.StartsWith(EvidenceSubjects.MediaPrefix, StringComparison.Ordinal) => Texts.Press,
        _ => subject,
    };
}
