using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Towns;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;

namespace Fairtrade.Silo.Towns;

public static class TownsApi
{
    public static RouteGroupBuilder MapTownsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/towns").WithTags("Towns").AddEndpointFilter<PathIdentifiersFilter>();
        group.MapPost("/", CreateAsync).WithSummary("Create a town").RequireAuthorization(Policies.Admin);
        group.MapGet("/", ListAsync).WithSummary("List the towns with their status in brief");
        group.MapGet("/{slug}", GetAsync).WithSummary("Read a town's profile");
        group.MapPatch("/{slug}", UpdateAsync).WithSummary("Change a town's profile").RequireAuthorization(Policies.Coordinator);
        group.MapGet("/{slug}/status", GetStatusAsync).WithSummary("Read a town's status, on a day if asked");
        return group;
    }

    public static async Task<Results<Created<TownProfile>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateTownRequest request, ClaimsPrincipal user, IGrainFactory grains, RulesetCatalog rulesets)
    {
        if (rulesets.Find(request.Ruleset!) is not { } ruleset)
        {
            return Problems.Field("ruleset", t => t.UnknownRuleset(request.Ruleset, rulesets.All.Select(r => r.Id).Order()));
        }

        if (Unpublished(ruleset, request.Population!.Value) is { } unpublished)
        {
            return unpublished;
        }

        var profile = new TownProfile(request.Slug!, request.Name!.Trim(), request.Kind ?? TownKind.Town, request.Population.Value,
            ruleset.Id, request.TitleAwardedOn, request.LastRenewedOn, default);
        var town = grains.Town(profile.Slug);
        if (!await town.CreateAsync(profile, user.Actor()))
        {
            return Problems.Conflict(t => t.TownExists(profile.Slug));
        }

        return TypedResults.Created($"/api/towns/{profile.Slug}", await town.GetProfileAsync());
    }

    public static async Task<Ok<TownSummary[]>> ListAsync([Day] string? asOf, IGrainFactory grains, CampaignCalendar calendar) =>
        TypedResults.Ok(await TownSummaries.ListAsync(grains, Days.AsOf(asOf, calendar)));

    public static async Task<Results<Ok<TownProfile>, ProblemHttpResult>> GetAsync(string slug, IGrainFactory grains) =>
        await grains.Town(slug).GetProfileAsync() is { } profile ? TypedResults.Ok(profile) : Problems.NotFound(t => t.NoTown(slug));

    public static async Task<Results<Ok<TownProfile>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string slug, UpdateTownRequest request, HttpRequest http, ClaimsPrincipal user, IGrainFactory grains, RulesetCatalog rulesets)
    {
        var (nulls, cannotRemove) = await PatchNulls.ReadAsync(http, UpdateTownRequest.Clearable);
        if (cannotRemove is not null)
        {
            return cannotRemove;
        }

        var town = grains.Town(slug);
        if (await town.GetProfileAsync() is not { } profile)
        {
            return Problems.NotFound(t => t.NoTown(slug));
        }

        if (request.Population is { } population && Unpublished(rulesets.Get(profile.Ruleset), population) is { } unpublished)
        {
            return unpublished;
        }

        return TypedResults.Ok((await town.UpdateAsync(request.ToChanges(nulls), user.Actor()))!);
    }

    /// <summary>
    /// The town's status as the town keeps it encoded, from this silo's board when the town is active here; the
    /// public's leaves out participants who are not listed.
    /// </summary>
    public static async Task<Results<TaggedJson<StatusReport>, ProblemHttpResult>> GetStatusAsync(
        string slug, [Day] string? asOf, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar, StatusBoard board)
    {
        var (day, listedOnly) = (Days.AsOf(asOf, calendar), !user.Reads(slug));
        return (board.Find(slug, day, listedOnly) ?? await grains.Town(slug).GetStatusDocumentAsync(day, listedOnly)) is { } status
            ? new TaggedJson<StatusReport>(status.Json, status.ETag, shared: listedOnly)
            : Problems.NotFound(t => t.NoTown(slug));
    }

    private static ProblemHttpResult? Unpublished(Ruleset ruleset, int population) =>
        Requirements.For(ruleset, population) is { IsComplete: false } requirements
            ? Problems.Unprocessable(t => t.Unpublished(ruleset.Id, population, requirements.Unpublished))
            : null;
}
