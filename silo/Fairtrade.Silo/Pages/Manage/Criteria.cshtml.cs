using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.TownCriteria;
using Microsoft.AspNetCore.Mvc;

namespace Fairtrade.Silo.Pages.Manage;

/// <summary>The town's own criteria: its details and title dates, the council resolution, the steering group, the press, and their evidence.</summary>
public sealed class CriteriaModel(IGrainFactory grains, CampaignCalendar calendar) : TownPageModel(grains)
{
    public override string Tab => "criteria";

    public Council Council { get; private set; } = new(null, []);

    public SteeringGroupMember[] Members { get; private set; } = [];

    public MediaArticle[] Press { get; private set; } = [];

    public EvidenceCard[] Evidence { get; private set; } = [];

    public DateOnly Today { get; private set; }

    protected override async Task<IActionResult> LoadAsync()
    {
        Today = calendar.Today;
        Council = await TownGrain.GetCouncilAsync() ?? Council;
        Members = await TownGrain.GetSteeringGroupAsync() ?? [];
        Press = [.. (await TownGrain.GetMediaAsync() ?? []).OrderByDescending(a => a.PublishedOn)];
        Evidence = [.. (await TownGrain.GetEvidenceAsync()).OrderByDescending(e => e.SubmittedAt)
            .Select(e => new EvidenceCard(Town.Slug, e, e.Subject == EvidenceSubjects.Council ? Texts.Council : e.Subject == EvidenceSubjects.SteeringGroup ? Texts.SteeringGroup : Texts.Press, Keeps, Texts, Today))];
        return Page();
    }
}
