using Fairtrade.Abstractions.Renewals;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;
using Fairtrade.Silo.Renewals;
using Microsoft.AspNetCore.Mvc;

namespace Fairtrade.Silo.Pages.Manage;

/// <summary>
/// The town's renewal cycle: the title's dates, each renewal with its deadline, the coordinator's submission (frozen
/// downloads) and the campaign's decision. The campaign office invites and decides here; the coordinator submits.
/// </summary>
public sealed class RenewalsModel(IGrainFactory grains, CampaignCalendar calendar) : TownPageModel(grains)
{
    public override string Tab => "renewals";

    public RenewalTexts Words { get; private set; } = RenewalTexts.For(CampaignLanguages.Fallback);

    public TitleStatus Title { get; private set; } = null!;

    /// <summary>Newest first.</summary>
    public Renewal[] Renewals { get; private set; } = [];

    public DateOnly Today => calendar.Today;

    /// <summary>The campaign office (and the admin) invite and decide.</summary>
    public bool Decides => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Campaign);

    public bool Open => Renewals.Any(r => r.Decision is null);

    protected override async Task<IActionResult> LoadAsync()
    {
        Words = RenewalTexts.For(Texts.Language);
        Title = (await TownGrain.GetStatusAsync(Today))!.Title;
        Renewals = [.. (await Grains.Renewals(Town.Slug).ListAsync()).Reverse()];
        return Page();
    }
}
