using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.TownCriteria;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;
using Fairtrade.Silo.Directories;
using Fairtrade.Silo.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairtrade.Silo.Pages.Towns;

/// <summary>
/// The public page of a town: the five criteria with what is missing, the title, the last 90 days, where to buy
/// Fairtrade and the press. It shows what the public may see, and follows changes live. Kept rendered for visitors
/// who are not signed in (<see cref="TownPageCache"/>).
/// </summary>
[OutputCache(PolicyName = TownPageCache.Policy)]
public sealed class TownModel(IGrainFactory grains, KnownTowns towns, CampaignCalendar calendar, RulesetCatalog rulesets) : PageModel
{
    private const int HistoryDays = 90;

    public PageTexts Texts { get; private set; } = PageTexts.For(CampaignLanguages.Fallback);

    public TownProfile Town { get; private set; } = null!;

    public StatusReport Status { get; private set; } = null!;

    public StatusChart Chart { get; private set; } = null!;

    public Outlet[] Outlets { get; private set; } = [];

    public MediaArticle[] Press { get; private set; } = [];

    public Expiring[] ExpiringSoon { get; private set; } = [];

    /// <summary>The forecast in words, naming only participants listed publicly.</summary>
    public string Forecast { get; private set; } = "";

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (!await LoadAsync(slug))
        {
            return NotFound();
        }

        ViewData["Texts"] = Texts;
        ViewData["Title"] = Town.Name;
        return Page();
    }

    /// <summary>The status section alone, which the live page swaps in when the town changes.</summary>
    public async Task<IActionResult> OnGetStatusAsync(string slug) =>
        await LoadAsync(slug) ? Partial("_TownStatus", this) : NotFound();

    public string Percent(int actual, int required) => required == 0 ? "100" : Math.Min(100, actual * 100 / required).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(string slug)
    {
        if (!Identifiers.IsValid(slug) || !await towns.ContainsAsync(slug))
        {
            return false;
        }

        var town = grains.Town(slug);
        if (await town.GetProfileAsync() is not { } profile)
        {
            return false;
        }

        Today = calendar.Today;
        Town = profile;
        Texts = PageTexts.For(PageLanguage.Choose(Request, rulesets.Find(profile.Ruleset)?.Country));
        var participants = await town.GetParticipantsAsync();
        var listed = PublicParticipants.Listed(participants, Today).ToDictionary(p => p.Id);
        var status = (await town.GetStatusAsync(Today))!;
        Status = status;
        Chart = new StatusChart((await town.GetMetHistoryAsync(Today.AddDays(-(HistoryDays - 1)), Today))!);
        Press = (await town.GetMediaAsync()) ?? [];
        ExpiringSoon = [.. status.ExpiringSoon
            .Where(e => EvidenceSubjects.IsTownLevel(e.Subject) || listed.ContainsKey(e.Subject))
            .Select(e => new Expiring(listed.TryGetValue(e.Subject, out var p) ? p.Name : Texts.Criteria.GetValueOrDefault(CriterionOf(e.Subject), e.Subject), e.ValidUntil))];
        Forecast = ForecastLine.Describe(status.Forecast, Texts.Language, new PageDates(Texts.Language, calendar), listed);
        Outlets = [.. PublicParticipants.Outlets(participants, Today)
            .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(p => new Outlet(p.Name, Texts.Kinds[p.Kind == ParticipantKind.Retail ? "retail" : "catering"], p.Address))];
        return true;
    }

    private static string CriterionOf(string subject) => subject == EvidenceSubjects.SteeringGroup ? CriterionKeys.SteeringGroup : CriterionKeys.Council;

    public sealed record Outlet(string Name, string Kind, string? Address);

    public sealed record Expiring(string Name, DateOnly ValidUntil);
}
