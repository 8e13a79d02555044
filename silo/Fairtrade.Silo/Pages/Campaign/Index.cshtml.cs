using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;
using Fairtrade.Silo.Campaign;
using Fairtrade.Silo.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairtrade.Silo.Pages.Campaign;

/// <summary>
/// The campaign office's console: every town's title state, status, forecast and renewal, filtered, searched and
/// sorted on the server a page of rows at a time, kept live as towns change; batches of towns are invited to renew here.
/// </summary>
[Authorize(Policy = Policies.Campaign)]
public sealed class IndexModel(IGrainFactory grains, CampaignCalendar calendar) : PageModel
{
    public const int PageSize = 100;

    public CampaignTexts Texts { get; private set; } = CampaignTexts.For("en");

    public PageTexts Words { get; private set; } = PageTexts.For(CampaignLanguages.Fallback);

    [BindProperty(SupportsGet = true)] public string? State { get; set; }

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public CampaignTownResponse[] Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public CampaignSummaryResponse Summary { get; private set; } = null!;

    public DateOnly Today => calendar.Today;

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Summary = CampaignSummaryResponse.From(await grains.CampaignBoard().SummarizeAsync(Today), Today);
    }

    /// <summary>The table alone, for the page's live refresh.</summary>
    public async Task<IActionResult> OnGetTableAsync()
    {
        await LoadAsync();
        return Partial("_CampaignTable", this);
    }

    /// <summary>This page's address with one thing changed: another sort (from the first page) or another page.</summary>
    public string Link(string? sort = null, int? page = null) => Address("/campaign", sort, page ?? (sort is null ? PageNumber : 1));

    /// <summary>Where the live refresh fetches this table from.</summary>
    public string TableLink => Address("/campaign", null, PageNumber, ("handler", "table"));

    /// <summary>The same towns (every page of them) as a workbook.</summary>
    public string WorkbookLink => Address("/api/campaign/exports/towns.xlsx", null, 1, ("lang", Texts.Language));

    private string Address(string path, string? sort, int page, params (string Key, string Value)[] extra)
    {
        var query = new Dictionary<string, string?> { ["state"] = State, ["q"] = Q, ["sort"] = sort ?? Sort };
        if (page > 1)
        {
            query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var (key, value) in extra)
        {
            query[key] = value;
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    private async Task LoadAsync()
    {
        var language = PageLanguage.Choose(Request, null);
        (Texts, Words) = (CampaignTexts.For(language), PageTexts.For(language));
        ViewData["Work"] = WorkTexts.For(language);
        ViewData["Title"] = Texts.Console;
        var all = await CampaignTowns.ListAsync(grains, Query());
        Total = all.Length;
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = [.. all.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }

    /// <summary>A page falls back to the whole list, by name, where its query names nothing known (the API answers 400).</summary>
    private Abstractions.Campaign.CampaignQuery Query()
    {
        var searchTooLong = Q?.Length > CampaignListing.MaxSearchLength;
        if (searchTooLong || !CampaignListing.IsSortKey(Sort) || !string.IsNullOrEmpty(State) && !KebabEnum.TryParse<TitleState>(State, out _))
        {
            (State, Sort) = (null, null);
        }

        return CampaignListing.Parse(State, searchTooLong ? null : Q, Sort, Today);
    }
}
