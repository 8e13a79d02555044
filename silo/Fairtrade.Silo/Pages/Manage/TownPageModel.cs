using Fairtrade.Abstractions.Towns;
using Fairtrade.Silo.Directories;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Fairtrade.Silo.Pages.Manage;

/// <summary>
/// A page about one town (<c>/manage/{slug}/…</c>): the steering group reads it, its coordinators also change things.
/// The route's slug is checked against the caller's towns before the page runs.
/// </summary>
[Authorize(Policy = Policies.TownReader)]
public abstract class TownPageModel(IGrainFactory grains) : ManagePageModel
{
    public TownProfile Town { get; private set; } = null!;

    /// <summary>Whether the caller may change this town (else the page shows no forms).</summary>
    public bool Keeps => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Coordinator);

    /// <summary>Which tab of the town's navigation this page is.</summary>
    public abstract string Tab { get; }

    protected IGrainFactory Grains => grains;

    protected ITownGrain TownGrain => grains.Town(Town.Slug);

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (!Identifiers.IsValid(slug) || !await HttpContext.RequestServices.GetRequiredService<KnownTowns>().ContainsAsync(slug)
            || await grains.Town(slug).GetProfileAsync() is not { } town)
        {
            return NotFound();
        }

        Town = town;
        Speak(_ => town.Name);
        return await LoadAsync();
    }

    protected abstract Task<IActionResult> LoadAsync();
}
