using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Silo.Pages.Shared;
using Fairtrade.Silo.Upload;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Fairtrade.Silo.Pages.Upload;

/// <summary>
/// The receipt of a declaration a shop signed on its page, to print or keep: what it declared, who signed, and where
/// the review stands. Only the participant's own link (and its coordinators) reach it; another's evidence is not found.
/// </summary>
[Authorize(Policy = Policies.CoordinatorOrParticipant)]
public sealed class DeclarationModel(IGrainFactory grains, CampaignCalendar calendar, RulesetCatalog rulesets) : WorkPageModel
{
    public TownProfile Town { get; private set; } = null!;

    public ParticipantView Participant { get; private set; } = null!;

    public EvidenceRecord Evidence { get; private set; } = null!;

    public EvidenceDeclaration Declared => Evidence.Declaration!;

    public ShopTexts Shop { get; private set; } = ShopTexts.For(CampaignLanguages.Fallback);

    public string Status => KebabEnum.Name(Evidence.Status);

    public async Task<IActionResult> OnGetAsync(string slug, string id, string evidenceId)
    {
        if (!Identifiers.IsValid(slug) || !Identifiers.IsValid(id))
        {
            return NotFound();
        }

        if (User.IsParticipantLink() && !User.MayActFor(slug, id))
        {
            return Forbid();
        }

        if (await grains.Town(slug).GetProfileAsync() is not { } town
            || await grains.Participant(slug, id).GetAsync(calendar.Today) is not { } participant
            || participant.Evidence.FirstOrDefault(e => e.Id == evidenceId && e.Declaration is not null) is not { } evidence)
        {
            return NotFound();
        }

        (Town, Participant, Evidence) = (town, participant, evidence);
        Speak(_ => participant.Details.Name, rulesets.Find(town.Ruleset)?.Country);
        Shop = ShopTexts.For(Texts.Language);
        ViewData["Title"] = $"{Shop.ReceiptTitle} · {participant.Details.Name}";
        return Page();
    }
}
