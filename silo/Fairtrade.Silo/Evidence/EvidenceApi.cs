using System.Security.Claims;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Evidence;
using Fairtrade.Silo.Hosting;
using Fairtrade.Silo.Http;
using Fairtrade.Silo.Participants;
using Fairtrade.Silo.Security;
using Fairtrade.Silo.Towns;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fairtrade.Silo.Evidence;

public static class EvidenceApi
{
    public static RouteGroupBuilder MapEvidenceApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/towns/{slug}/evidence").WithTags("Evidence").RequireAuthorization(Policies.Coordinator)
            .AddEndpointFilter<PathIdentifiersFilter>();
        group.MapPost("/", SubmitAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id}", GetAsync);
        return group;
    }

    public static async Task<Results<Created<EvidenceResponse>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        string slug, SubmitEvidenceRequest request, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar)
    {
        var today = calendar.Today;
        if (request.EffectiveDate > today.AddDays(1))
        {
            return Problems.Field("effectiveDate", $"Evidence cannot speak for a day more than one day ahead ({today.AddDays(1):yyyy-MM-dd} at the latest).");
        }

        var town = TownsApi.Town(grains, slug);
        if (await town.GetProfileAsync() is null)
        {
            return Problems.NotFound($"town '{slug}'");
        }

        var subject = request.Subject!;
        var submission = new EvidenceSubmission(subject, request.Kind!.Value, request.EffectiveDate!.Value, request.Note?.Trim(), user.Actor(), Approved: true);
        var outcome = EvidenceSubjects.IsTownLevel(subject) ? await town.SubmitEvidenceAsync(submission)
            : Identifiers.IsValid(subject) ? await ParticipantsApi.Participant(grains, slug, subject).SubmitEvidenceAsync(submission)
            : EvidenceOutcome.SubjectNotFound;
        return outcome.Evidence is { } record
            ? TypedResults.Created($"/api/towns/{slug}/evidence/{record.Id}", EvidenceResponse.From(record, today))
            : Problems.Field("subject", $"'{subject}' is neither a participant of '{slug}' nor council, steering-group or media:{{article id}} of an existing article.");
    }

    public static async Task<Results<Ok<EvidenceResponse[]>, ProblemHttpResult>> ListAsync(
        string slug, string? subject, string? status, string? asOf, IGrainFactory grains, CampaignCalendar calendar)
    {
        var wanted = KebabEnum.ParseQuery<EvidenceStatus>(status, "status");
        var day = Days.AsOf(asOf, calendar);
        var town = TownsApi.Town(grains, slug);
        if (await town.GetProfileAsync() is null)
        {
            return Problems.NotFound($"town '{slug}'");
        }

        var holders = (await town.GetParticipantsAsync()).Where(p => p.Evidence.Length > 0 && (subject is null || p.Id == subject))
            .Select(p => ParticipantsApi.Participant(grains, slug, p.Id).GetEvidenceAsync());
        var all = (await Task.WhenAll(holders.Append(town.GetEvidenceAsync()))).SelectMany(records => records);
        return TypedResults.Ok(all.Where(e => subject is null || e.Subject == subject)
            .Select(e => EvidenceResponse.From(e, day))
            .Where(e => wanted is null || e.Status == wanted)
            .OrderBy(e => e.SubmittedAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray());
    }

    public static async Task<Results<Ok<EvidenceResponse>, ProblemHttpResult>> GetAsync(
        string slug, string id, string? asOf, IGrainFactory grains, CampaignCalendar calendar)
    {
        var day = Days.AsOf(asOf, calendar);
        var town = TownsApi.Town(grains, slug);
        var subject = await town.FindEvidenceSubjectAsync(id);
        var records = subject is null ? []
            : EvidenceSubjects.IsTownLevel(subject) ? await town.GetEvidenceAsync()
            : await ParticipantsApi.Participant(grains, slug, subject).GetEvidenceAsync();
        return records.FirstOrDefault(e => e.Id == id) is { } record
            ? TypedResults.Ok(EvidenceResponse.From(record, day))
            : Problems.NotFound($"evidence '{id}' in '{slug}'");
    }
}
