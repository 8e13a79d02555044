using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.UploadLinks;
using Fairtrade.Rules.Participants;
using Microsoft.AspNetCore.Mvc;

namespace Fairtrade.Silo.Pages.Manage;

/// <summary>
/// One participant for its coordinator: its details to edit, whether it counts, its activities, its evidence (with the
/// review buttons), and its upload links.
/// </summary>
public sealed class ParticipantModel(IGrainFactory grains, CampaignCalendar calendar) : TownPageModel(grains)
{
    public override string Tab => "participants";

    [FromRoute(Name = "id")]
    public string Id { get; set; } = "";

    public ParticipantView Participant { get; private set; } = null!;

    public EvidenceCard[] Evidence { get; private set; } = [];

    public UploadLink[] Links { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool IsCivilSociety => ParticipantRules.IsCivilSociety(Participant.Details.Kind);

    public string KindName => KebabEnum.Name(Participant.Details.Kind);

    protected override async Task<IActionResult> LoadAsync()
    {
        Today = calendar.Today;
        var grain = Grains.Participant(Town.Slug, Id);
        if (!Identifiers.IsValid(Id) || await grain.GetAsync(Today) is not { } participant)
        {
            return NotFound();
        }

        Participant = participant;
        ViewData["Title"] = $"{participant.Details.Name} · {Town.Name}";
        Evidence = [.. participant.Evidence.OrderByDescending(e => e.SubmittedAt)
            .Select(e => new EvidenceCard(Town.Slug, e, participant.Details.Name, Keeps, Texts, Today))];
        Links = Keeps ? [.. ((await grain.GetUploadLinksAsync()) ?? []).OrderByDescending(l => l.CreatedAt)] : [];
        return Page();
    }
}
