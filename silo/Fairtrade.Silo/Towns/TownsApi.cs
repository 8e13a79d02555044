using System.Security.Claims;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains;
using Fairtrade.Grains.Towns;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;
using Fairtrade.Silo.Http;
using Fairtrade.Silo.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fairtrade.Silo.Towns;

public static class TownsApi
{
    public static RouteGroupBuilder MapTownsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/towns").WithTags("Towns").AddEndpointFilter<PathIdentifiersFilter>();
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Admin);
        group.MapGet("/", ListAsync);
        group.MapGet("/{slug}", GetAsync);
        group.MapPatch("/{slug}", UpdateAsync).RequireAuthorization(Policies.Coordinator);
        group.MapGet("/{slug}/status", GetStatusAsync);
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
        var town = grains.GetGrain<ITownGrain>(profile.Slug);
        if (!await town.CreateAsync(profile, user.Actor()))
        {
            return Problems.Conflict(t => t.TownExists(profile.Slug));
        }

        return TypedResults.Created($"/api/towns/{profile.Slug}", await town.GetProfileAsync());
    }

    public static async Task<Ok<TownSummary[]>> ListAsync(string? asOf, IGrainFactory grains, CampaignCalendar calendar) =>
        TypedResults.Ok(await SummariesAsync(grains, Days.AsOf(asOf, calendar)));

    /// <summary>The summaries of the towns named, or of every town.</summary>
    public static async Task<TownSummary[]> SummariesAsync(IGrainFactory grains, DateOnly day, IEnumerable<string>? slugs = null)
    {
        slugs ??= await grains.GetGrain<ITownDirectoryGrain>(GrainKeys.TownDirectory).ListAsync();
        var summaries = await Task.WhenAll(slugs.Select(slug => Town(grains, slug).GetSummaryAsync(day)));
        return [.. summaries.OfType<TownSummary>()];
    }

    public static async Task<Results<Ok<TownProfile>, ProblemHttpResult>> GetAsync(string slug, IGrainFactory grains) =>
        await Town(grains, slug).GetProfileAsync() is { } profile ? TypedResults.Ok(profile) : Problems.NotFound(t => t.NoTown(slug));

    public static async Task<Results<Ok<TownProfile>, ProblemHttpResult>> UpdateAsync(
        string slug, UpdateTownRequest request, HttpRequest http, ClaimsPrincipal user, IGrainFactory grains, RulesetCatalog rulesets)
    {
        var nulls = await PatchNulls.ReadAsync(http, UpdateTownRequest.Clearable);
        var town = Town(grains, slug);
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
        string slug, string? asOf, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar, StatusBoard board)
    {
        var (day, listedOnly) = (Days.AsOf(asOf, calendar), !user.Reads(slug));
        return (board.Find(slug, day, listedOnly) ?? await Town(grains, slug).GetStatusDocumentAsync(day, listedOnly)) is { } status
            ? new TaggedJson<StatusReport>(status.Json, status.ETag, shared: listedOnly)
            : Problems.NotFound(t => t.NoTown(slug));
    }

    /// <summary>The town grain for a slug that <see cref="PathIdentifiersFilter"/> has checked.</summary>
    internal static ITownGrain Town(IGrainFactory grains, string slug) => grains.GetGrain<ITownGrain>(slug);

    private static ProblemHttpResult? Unpublished(Ruleset ruleset, int population) =>
        Requirements.For(ruleset, population) is { IsComplete: false } requirements
            ? Problems.Unprocessable(t => t.Unpublished(ruleset.Id, population, requirements.Unpublished))
            : null;
}
