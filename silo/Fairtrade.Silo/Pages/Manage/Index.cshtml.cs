using Fairtrade.Abstractions.Campaign;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Silo.Campaign;
using Fairtrade.Silo.Towns;
using Fairtrade.Silo.Web;
using Microsoft.AspNetCore.Authorization;

namespace Fairtrade.Silo.Pages.Manage;

/// <summary>The towns a signed-in person works on (the admin: every town, and may create one).</summary>
[Authorize(Policy = Policies.Account)]
public sealed class IndexModel(IGrainFactory grains, CampaignCalendar calendar, RulesetCatalog rulesets) : ManagePageModel
{
    public PageTexts StatusTexts { get; private set; } = PageTexts.For(CampaignLanguages.Fallback);

    public TownSummary[] Towns { get; private set; } = [];

    /// <summary>The rulesets to choose from, the German town ruleset first as the one most campaigns start with.</summary>
    public (string Id, string Name)[] Rulesets { get; private set; } = [];

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    public bool SeesCampaign => IsAdmin || User.IsInRole(Roles.Campaign);

    public async Task OnGetAsync()
    {
        Speak(t => t.YourTowns);
        StatusTexts = PageTexts.For(Texts.Language);
        // The campaign office reads every town from the console's rows, which activates none of them.
        var towns = User.IsInRole(Roles.Campaign) && !IsAdmin
            ? [.. (await CampaignTowns.ListAsync(grains, new CampaignQuery(calendar.Today))).Select(t => new TownSummary(t.Slug, t.Name, t.Population, t.Ruleset, t.Overall))]
            : await TownSummaries.ListAsync(grains, calendar.Today, IsAdmin ? null : User.Towns());
        Towns = [.. towns.OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase)];
        Rulesets = [.. rulesets.All.OrderBy(r => r.Id == "de-town" ? 0 : 1).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => (r.Id, r.Name))];
    }
}
