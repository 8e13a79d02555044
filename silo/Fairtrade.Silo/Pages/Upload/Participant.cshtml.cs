using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Silo.Hosting;
using Fairtrade.Silo.Pages.Shared;
using Fairtrade.Silo.Upload;
using Fairtrade.Silo.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Pages.Upload;

/// <summary>
/// A participant's own page, reached through its upload link: whether it counts, what it still needs, a declaration to
/// sign and an upload form that work on a phone, its details, and the review of everything it sent. Its coordinators
/// may open it to see what the shop sees.
/// </summary>
[Authorize(Policy = Policies.CoordinatorOrParticipant)]
public sealed class ParticipantModel(
    IGrainFactory grains, CampaignCalendar calendar, RulesetCatalog rulesets, ProductVocabulary vocabulary, IOptions<FairtradeOptions> options) : WorkPageModel
{
    /// <summary>The kinds of proof a participant sends; the others (minutes, member lists, articles) are the town's.</summary>
    public static readonly string[] ProofKinds = ["photo", "declaration", "menu", "receipt", "other"];

    public TownProfile Town { get; private set; } = null!;

    public ParticipantView Participant { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public ShopTexts Shop { get; private set; } = ShopTexts.For(CampaignLanguages.Fallback);

    /// <summary>The coordinator's words for the same fields (address, contact, kind), read here, never changed.</summary>
    public ManageTexts Fields { get; private set; } = ManageTexts.For(Fairtrade.Rules.Rulesets.CampaignLanguages.Fallback);

    public ProductChoice[] Products { get; private set; } = [];

    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public long MaxUploadMegabytes => MaxUploadBytes / (1024 * 1024);

    public async Task<IActionResult> OnGetAsync(string slug, string id)
    {
        if (!Identifiers.IsValid(slug) || !Identifiers.IsValid(id))
        {
            return NotFound();
        }

        if (User.IsParticipantLink() && !User.MayActFor(slug, id))
        {
            return Forbid();
        }

        Today = calendar.Today;
        if (await grains.Town(slug).GetProfileAsync() is not { } town
            || await grains.Participant(slug, id).GetAsync(Today) is not { } participant)
        {
            return NotFound();
        }

        Town = town;
        Participant = participant;
        Speak(_ => participant.Details.Name, rulesets.Find(town.Ruleset)?.Country);
        Shop = ShopTexts.For(Texts.Language);
        Fields = ManageTexts.For(Texts.Language);
        Products = ProductChoices.For(participant.Details.Products, Shop, vocabulary);
        return Page();
    }

    public IEnumerable<EvidenceRecord> Evidence => Participant.Evidence.OrderByDescending(e => e.SubmittedAt);

    public string Status(EvidenceRecord evidence) => KebabEnum.Name(evidence.Status);

    public string ReceiptPath(string evidenceId) => $"/upload/{Town.Slug}/{Participant.Id}/declarations/{evidenceId}";
}
