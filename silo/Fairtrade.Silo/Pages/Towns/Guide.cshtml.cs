using System.Globalization;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;
using Fairtrade.Silo.Directories;
using Fairtrade.Silo.Towns;
using Fairtrade.Silo.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairtrade.Silo.Pages.Towns;

/// <summary>
/// The town's shopping guide, made to be printed on A4: the outlets of the public page's "where to buy Fairtrade", by
/// kind and name, with address and products, the title, the day, and the address of the live list. Not kept rendered
/// like the public page: a change of products alone does not change the town's version that the page cache keys on.
/// </summary>
public sealed class GuideModel(IGrainFactory grains, KnownTowns towns, CampaignCalendar calendar, RulesetCatalog rulesets, PublicAddress address) : PageModel
{
    private static readonly ParticipantKind[] Kinds = [ParticipantKind.Retail, ParticipantKind.Catering];

    public PageTexts Texts { get; private set; } = PageTexts.For(Fairtrade.Rules.Rulesets.CampaignLanguages.Fallback);

    public GuideTexts Guide { get; private set; } = null!;

    public TownProfile Town { get; private set; } = null!;

    public string Heading { get; private set; } = "";

    public string Lead { get; private set; } = "";

    public string TitleLine { get; private set; } = "";

    /// <summary>The day the guide was made, which on paper is the day it was printed.</summary>
    public string Printed { get; private set; } = "";

    public Group[] Groups { get; private set; } = [];

    /// <summary>The public page's absolute address, printed so that a reader of the paper finds the current list.</summary>
    public string LiveList { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (!Identifiers.IsValid(slug) || !await towns.ContainsAsync(slug))
        {
            return NotFound();
        }

        var town = grains.Town(slug);
        var today = calendar.Today;
        if (await town.GetProfileAsync() is not { } profile || await town.GetStatusAsync(today) is not { } status)
        {
            return NotFound();
        }

        Town = profile;
        var language = PageLanguage.Choose(Request, rulesets.Find(profile.Ruleset)?.Country);
        Texts = PageTexts.For(language);
        Guide = GuideTexts.For(language);
        var dates = new PageDates(language, calendar);
        Heading = Guide.Heading(profile.Name);
        Lead = Guide.Lead(profile.Name);
        TitleLine = Title(status.Title, dates);
        Printed = Guide.AsOf(dates.LongDay(today));
        LiveList = address.Of($"towns/{slug}");

        var outlets = PublicParticipants.Outlets(await town.GetParticipantsAsync(), today);
        var views = (await Task.WhenAll(outlets.Select(p => grains.Participant(slug, p.Id).GetAsync(today)))).OfType<ParticipantView>();
        var byName = StringComparer.Create(CultureInfo.GetCultureInfo(language), ignoreCase: true);
        Groups = [.. Kinds
            .Select(kind => new Group(kind, [.. views
                .Where(v => v.Details.Kind == kind)
                .OrderBy(v => v.Details.Name, byName)
                .Select(v => new Entry(v.Id, v.Details.Name, v.Details.Address, GuideProducts.Names(v.Details.Products, Guide)))]))
            .Where(g => g.Entries.Length > 0)];

        ViewData["Texts"] = Texts;
        ViewData["Title"] = Heading;
        return Page();
    }

    private string Title(TitleStatus title, PageDates dates) =>
        title.State is TitleState.Awarded or TitleState.RenewalDue && title.AwardedOn is { } awarded
            ? Guide.TitleLine(Town.Kind, dates.LongDay(awarded))
            : Texts.Title[title.State];

    public sealed record Group(ParticipantKind Kind, Entry[] Entries);

    public sealed record Entry(string Id, string Name, string? Address, string[] Products);
}
