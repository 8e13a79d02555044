using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Persistence;
using Fairtrade.Rules.Evidence;
using Fairtrade.Silo.Files;
using Fairtrade.Silo.Hosting;
using Fairtrade.Silo.Http;
using Fairtrade.Silo.Participants;
using Fairtrade.Silo.Security;
using Fairtrade.Silo.Towns;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Evidence;

public static class EvidenceApi
{
    /// <summary>Room for the form fields and part headers around the largest file.</summary>
    private const long MultipartOverheadBytes = 64 * 1024;

    public static RouteGroupBuilder MapEvidenceApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/towns/{slug}/evidence").WithTags("Evidence").AddEndpointFilter<PathIdentifiersFilter>();
        group.MapPost("/", SubmitJsonAsync).RequireAuthorization(Policies.Coordinator);
        group.MapPost("/", SubmitMultipartAsync).RequireAuthorization(Policies.CoordinatorOrParticipant)
            .Accepts<SubmitEvidenceRequest>("multipart/form-data").DisableAntiforgery();
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Coordinator);
        group.MapGet("/{id}", GetAsync).RequireAuthorization(Policies.Coordinator);
        group.MapPost("/{id}/review", ReviewAsync).RequireAuthorization(Policies.Coordinator);
        group.MapGet("/{id}/file", GetFileAsync).RequireAuthorization(Policies.CoordinatorOrParticipant);
        return group;
    }

    public static Task<IResult> SubmitJsonAsync(
        string slug, SubmitEvidenceRequest request, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar, FileStore files) =>
        SubmitAsync(slug, request, null, user, grains, calendar, files);

    /// <summary>The same fields as JSON plus <c>file</c>; the body is streamed, never held in memory.</summary>
    public static async Task<IResult> SubmitMultipartAsync(
        string slug, HttpRequest http, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar, FileStore files, IOptions<FairtradeOptions> options)
    {
        var maxBytes = options.Value.MaxUploadBytes;
        if (http.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + MultipartOverheadBytes;
        }

        var form = await EvidenceForm.ReadAsync(http, files, maxBytes, http.HttpContext.RequestAborted);
        SubmitEvidenceRequest request;
        try
        {
            request = Validated(form.Fields);
        }
        catch
        {
            files.Discard(form.File);
            throw;
        }

        return await SubmitAsync(slug, request, form, user, grains, calendar, files);
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
        return await FindAsync(grains, slug, id) is { } record
            ? TypedResults.Ok(EvidenceResponse.From(record, day))
            : Problems.NotFound($"evidence '{id}' in '{slug}'");
    }

    public static async Task<IResult> ReviewAsync(
        string slug, string id, ReviewEvidenceRequest request, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar)
    {
        var town = TownsApi.Town(grains, slug);
        if (await town.FindEvidenceSubjectAsync(id) is not { } subject)
        {
            return Problems.NotFound($"evidence '{id}' in '{slug}'");
        }

        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        var outcome = await EvidenceHolders.For(grains, slug, subject).ReviewEvidenceAsync(id, new EvidenceReview(request.Decision!.Value, comment, user.Actor()));
        return outcome.Evidence is { } record
            ? TypedResults.Ok(EvidenceResponse.From(record, calendar.Today))
            : await FailureAsync(outcome.Failure!.Value, grains, slug, id, subject);
    }

    /// <summary>The file of the latest revision, or of <paramref name="revision"/>; served as a download that no browser renders in our origin.</summary>
    public static async Task<IResult> GetFileAsync(string slug, string id, int? revision, ClaimsPrincipal user, IGrainFactory grains, FileStore files, HttpResponse response)
    {
        var record = await FindAsync(grains, slug, id);
        if (user.IsParticipantLink() && (record is null || !user.MayActFor(slug, record.Subject)))
        {
            return Problems.Forbidden("An upload link opens the files of its own participant's evidence only.");
        }

        if (record is null)
        {
            return Problems.NotFound($"evidence '{id}' in '{slug}'");
        }

        if (record.FileOf(revision ?? record.Revision) is not { } file || files.PathOf(file.Sha256) is not { } path)
        {
            return Problems.NotFound($"file for evidence '{id}'{(revision is null ? "" : $" in revision {revision}")}");
        }

        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return TypedResults.PhysicalFile(path, file.ContentType, file.Name);
    }

    private static async Task<IResult> SubmitAsync(
        string slug, SubmitEvidenceRequest request, EvidenceForm? form, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar, FileStore files)
    {
        var settled = false;
        try
        {
            var (refusal, holder, submission) = await PrepareAsync(slug, request, form, user, grains, calendar);
            if (refusal is not null || holder is null || submission is null)
            {
                return refusal!;
            }

            if (form is not null)
            {
                await files.PrepareAsync(form.File, new FileIntent(slug, submission.Subject, submission.Id, form.File.Sha256));
            }

            // From here until the grain answers, whether the evidence was saved is unknown: a failure leaves the file
            // with its intent for the recovery at the next start, which asks the grain.
            settled = true;
            var outcome = request.Revises is { } revises
                ? await holder.ReviseEvidenceAsync(revises, submission)
                : await holder.SubmitEvidenceAsync(submission);
            if (outcome.Evidence is not { } record)
            {
                settled = false;
                return await FailureAsync(outcome.Failure!.Value, grains, slug, request.Revises ?? submission.Id, submission.Subject);
            }

            if (form is not null)
            {
                files.Commit(form.File);
            }

            var response = EvidenceResponse.From(record, calendar.Today);
            return request.Revises is null ? TypedResults.Created($"/api/towns/{slug}/evidence/{record.Id}", response) : TypedResults.Ok(response);
        }
        finally
        {
            if (form is not null && !settled)
            {
                files.Discard(form.File);
            }
        }
    }

    private static async Task<(IResult? Refusal, IEvidenceHolder? Holder, EvidenceSubmission? Submission)> PrepareAsync(
        string slug, SubmitEvidenceRequest request, EvidenceForm? form, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar)
    {
        var today = calendar.Today;
        if (request.EffectiveDate > today.AddDays(1))
        {
            return (Problems.Field("effectiveDate", $"Evidence cannot speak for a day more than one day ahead ({today.AddDays(1):yyyy-MM-dd} at the latest)."), null, null);
        }

        var subject = request.Subject!;
        if (user.IsParticipantLink() && !user.MayActFor(slug, subject))
        {
            return (Problems.Forbidden("An upload link sends evidence for its own participant only."), null, null);
        }

        if (await TownsApi.Town(grains, slug).GetProfileAsync() is null)
        {
            return (Problems.NotFound($"town '{slug}'"), null, null);
        }

        if (!EvidenceSubjects.IsTownLevel(subject) && !Identifiers.IsValid(subject))
        {
            return (SubjectNotFound(slug, subject), null, null);
        }

        var file = form is null ? null
            : new EvidenceFile(DisplayNames.Sanitize(form.FileName, form.File.Type), form.File.Length, form.File.Type.ContentType(), form.File.Sha256);
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        var submission = new EvidenceSubmission(subject, request.Kind!.Value, request.EffectiveDate!.Value, note, user.Actor(),
            Approved: !user.IsParticipantLink(), request.Revises ?? Ids.New(), file);
        return (null, EvidenceHolders.For(grains, slug, subject), submission);
    }

    private static async Task<IResult> FailureAsync(EvidenceFailure failure, IGrainFactory grains, string slug, string id, string subject) => failure switch
    {
        EvidenceFailure.EvidenceNotFound => Problems.NotFound($"evidence '{id}' of this subject in '{slug}'"),
        EvidenceFailure.NotAwaitingReview => Problems.Conflict(await FindAsync(grains, slug, id) is { } decided
            ? $"Evidence '{id}' is {KebabEnum.Name(decided.Status)}{(decided.ReviewedBy is null ? "" : $" (decided by {decided.ReviewedBy} at {decided.ReviewedAt:u})")}; a decision is made once, on submitted evidence."
            : $"Evidence '{id}' does not wait for a decision."),
        EvidenceFailure.NotOpenForRevision => Problems.Conflict(
            $"Evidence '{id}' is decided; a new revision is taken only while evidence waits for review or has changes requested. Submit new evidence instead."),
        EvidenceFailure.IdTaken => Problems.Conflict($"Evidence '{id}' exists already."),
        _ => SubjectNotFound(slug, subject),
    };

    private static ValidationProblem SubjectNotFound(string slug, string subject) => Problems.Field("subject",
        $"'{subject}' is neither a participant of '{slug}' nor council, steering-group or media:{{article id}} of an existing article.");

    private static async Task<EvidenceRecord?> FindAsync(IGrainFactory grains, string slug, string id) =>
        await TownsApi.Town(grains, slug).FindEvidenceSubjectAsync(id) is { } subject
            ? (await EvidenceHolders.For(grains, slug, subject).GetEvidenceAsync()).FirstOrDefault(e => e.Id == id)
            : null;

    /// <summary>The multipart fields, checked as the JSON body is: same names, same rules, errors naming the field.</summary>
    private static SubmitEvidenceRequest Validated(IReadOnlyDictionary<string, string> fields)
    {
        var kind = fields.GetValueOrDefault("kind") is { Length: > 0 } kindText
            ? KebabEnum.TryParse<EvidenceKind>(kindText, out var parsed) ? parsed
                : throw new FieldException("kind", $"'{kindText}' is not one of {string.Join(", ", KebabEnum.Names<EvidenceKind>())}.")
            : (EvidenceKind?)null;
        var request = new SubmitEvidenceRequest(fields.GetValueOrDefault("subject"), kind, Days.Parse(fields.GetValueOrDefault("effectiveDate"), "effectiveDate"),
            fields.GetValueOrDefault("note"), fields.GetValueOrDefault("revises"));
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
        {
            var first = results[0];
            throw new FieldException(JsonNamingPolicy.CamelCase.ConvertName(first.MemberNames.FirstOrDefault() ?? "body"), first.ErrorMessage ?? "is not valid.");
        }

        return request;
    }
}
