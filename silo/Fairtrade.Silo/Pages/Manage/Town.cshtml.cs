using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;
using Fairtrade.Silo.Hosting;
using Fairtrade.Silo.Http;
using Fairtrade.Silo.Security;
using Fairtrade.Silo.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairtrade.Silo.Pages.Manage;

/// <summary>
/// A town's working page: its participants, filtered by kind and by whether they count today, with how much evidence
/// waits for review. The steering group reads it; coordinators also add participants here.
/// </summary>
[Authorize(Policy = Policies.TownReader)]
public sealed class TownModel(IGrainFactory grains, CampaignCalendar calendar) : PageModel
{
    public WorkTexts Texts { get; private set; } = WorkTexts.English;

    public TownProfile Town { get; private set; } = null!;

    public Row[] Participants { get; private set; } = [];

    public int Waiting { get; private set; }

    [FromQuery(Name = "kind")]
    public string? Kind { get; set; }

    [FromQuery(Name = "counts")]
    public string? Counts { get; set; }

    public bool Keeps => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Coordinator);

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        Texts = WorkTexts.For(PageLanguage.Choose(Request, null));
        ViewData["Work"] = Texts;
        var town = grains.GetGrain<ITownGrain>(slug);
        if (!Identifiers.IsValid(slug) || await town.GetProfileAsync() is not { } profile)
        {
            return NotFound();
        }

        Town = profile;
        ViewData["Title"] = profile.Name;
        var today = calendar.Today;
        var entries = (await town.GetParticipantsAsync()).Where(p => !p.Archived).ToArray();
        Waiting = entries.Sum(p => p.Evidence.Count(e => e.Status == EvidenceStatus.Submitted));
        var kind = KebabEnum.TryParse<ParticipantKind>(Kind, out var wanted) ? wanted : (ParticipantKind?)null;
        bool? counts = Counts switch { "yes" => true, "no" => false, _ => null };
        Participants = [.. entries
            .Where(p => kind is null || p.Kind == kind)
            .Select(p => new Row(p.Id, p.Name, KebabEnum.Name(p.Kind), p.Contribution.QualifiesOn(today), p.Evidence.Count(e => e.Status == EvidenceStatus.Submitted), p.ListPublicly))
            .Where(r => counts is null || r.Counts == counts)
            .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)];
        return Page();
    }

    public sealed record Row(string Id, string Name, string Kind, bool Counts, int Waiting, bool Listed);
}
