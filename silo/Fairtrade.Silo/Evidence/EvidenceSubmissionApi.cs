using Fairtrade.Abstractions.Evidence;
using Fairtrade.Grains.Persistence;
using Fairtrade.Rules.Evidence;
using Fairtrade.Silo.Files;
using Fairtrade.Silo.Hosting;
using Fairtrade.Silo.UploadLinks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Evidence;

/// <summary>
/// New evidence and new revisions: as JSON (coordinators, no file) or as multipart with a file (coordinators, and a
/// participant's upload link for itself). A file reaches the store only once its evidence is saved.
/// </summary>
public static class EvidenceSubmissionApi
{
    /// <summary>Room for the form fields and part headers around the largest file.</summary>
    private const long MultipartOverheadBytes = 64 * 1024;

    public static Task<IResult> SubmitJsonAsync(
        string slug, SubmitEvidenceRequest request, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar, IFileStore files, ILogger<IFileStore> logger) =>
        request.Revises is not null
            ? Task.FromResult<IResult>(Problems.Field("revises", t => t.RevisionNeedsFile))
            : SubmitAsync(slug, request, null, user, grains, calendar, files, logger, null);

    /// <summary>The same fields as JSON plus <c>file</c>; the body is streamed, never held in memory.</summary>
    public static async Task<IResult> SubmitMultipartAsync(
        string slug, HttpRequest http, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar, IFileStore files,
        IOptions<FairtradeOptions> options, UploadLinkQuota quota, ILogger<IFileStore> logger)
    {
        // Before the body is read: a link over its limits does not get to send its file at all.
        var (place, spent) = await quota.HoldAsync(user, http.HttpContext);
        if (spent is not null)
        {
            return spent;
        }

        try
        {
            return await ReceiveAndSubmitAsync(slug, http, user, grains, calendar, files, options.Value.MaxUploadBytes, quota, place!, logger);
        }
        finally
        {
            // Counted by now if the upload was accepted; otherwise its place goes back to the link.
            await place!.ReleaseAsync();
        }
    }

    private static async Task<IResult> ReceiveAndSubmitAsync(
        string slug, HttpRequest http, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar, IFileStore files,
        long maxBytes, UploadLinkQuota quota, UploadLinkQuota.Place place, ILogger logger)
    {
        if (http.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + MultipartOverheadBytes;
        }

        var form = await EvidenceForm.ReadAsync(http, files, maxBytes, http.HttpContext.RequestAborted);
        if (await quota.ResizeAsync(place, form.File.Length, http.HttpContext) is { } tooMuch)
        {
            await files.DiscardAsync(form.File);
            return tooMuch;
        }

        var (request, errors) = await EvidenceFormCheck.CheckAsync(form.Fields, http.HttpContext.RequestServices, http.HttpContext.RequestAborted);
        if (errors.Count > 0)
        {
            await files.DiscardAsync(form.File);
            return Problems.Fields(errors);
        }

        return await SubmitAsync(slug, request, form, user, grains, calendar, files, logger, place);
    }

    private static async Task<IResult> SubmitAsync(
        string slug, SubmitEvidenceRequest request, EvidenceForm? form, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar,
        IFileStore files, ILogger logger, UploadLinkQuota.Place? place)
    {
        (IResult? Refusal, IEvidenceHolder? Holder, EvidenceSubmission? Submission) prepared = default;
        try
        {
            prepared = await PrepareAsync(slug, request, form, user, grains, calendar);
        }
        finally
        {
            // Refused, or failed on the way: this upload will not be evidence.
            if (form is not null && prepared.Submission is null)
            {
                await files.DiscardAsync(form.File);
            }
        }

        if (prepared is not (null, { } holder, { } submission))
        {
            return prepared.Refusal!;
        }

        EvidenceOutcome outcome;
        try
        {
            if (form is not null)
            {
                await files.PrepareAsync(form.File, new FileIntent(slug, submission.Subject, submission.Id, form.File.Sha256));
            }

            outcome = request.Revises is { } revises
                ? await holder.ReviseEvidenceAsync(revises, submission)
                : await holder.SubmitEvidenceAsync(submission);
        }
        catch when (form is not null)
        {
            await UploadSettling.SettleUnknownAsync(form.File, holder, submission, files, logger);
            throw;
        }

        if (form is not null)
        {
            if (outcome.Evidence is null)
            {
                await files.DiscardAsync(form.File);
            }
            else
            {
                await UploadSettling.KeepAsync(form.File, submission.Id, files, logger);
                await (place?.CountAsync() ?? Task.CompletedTask);
            }
        }

        if (outcome.Evidence is not { } record)
        {
            return await EvidenceProblems.ForAsync(outcome.Failure!.Value, grains, slug, request.Revises ?? submission.Id, submission.Subject);
        }

        var response = EvidenceResponse.From(record, calendar.Today);
        return request.Revises is null ? TypedResults.Created($"/api/towns/{slug}/evidence/{record.Id}", response) : TypedResults.Ok(response);
    }

    private static async Task<(IResult? Refusal, IEvidenceHolder? Holder, EvidenceSubmission? Submission)> PrepareAsync(
        string slug, SubmitEvidenceRequest request, EvidenceForm? form, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar)
    {
        var today = calendar.Today;
        if (Days.IsPastTomorrow(request.EffectiveDate, today))
        {
            return (Problems.Field("effectiveDate", t => t.EvidenceTooLate(today.AddDays(1))), null, null);
        }

        var subject = request.Subject!;
        if (user.IsParticipantLink() && !user.MayActFor(slug, subject))
        {
            return (Problems.Forbidden(t => t.LinkSendsOwnOnly), null, null);
        }

        if (await grains.Town(slug).GetProfileAsync() is null)
        {
            return (Problems.NotFound(t => t.NoTown(slug)), null, null);
        }

        if (!EvidenceSubjects.IsTownLevel(subject) && !Identifiers.IsValid(subject))
        {
            return (EvidenceProblems.SubjectNotFound(slug, subject), null, null);
        }

        var file = form is null ? null
            : new EvidenceFile(DisplayNames.Sanitize(form.FileName, form.File.Type), form.File.Length, form.File.Type.ContentType(), form.File.Sha256);
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        var submission = new EvidenceSubmission(subject, request.Kind!.Value, request.EffectiveDate!.Value, note, user.Actor(),
            user.IsParticipantLink() ? EvidenceSource.Participant : EvidenceSource.Coordinator, request.Revises ?? Ids.New(), file);
        return (null, EvidenceHolders.For(grains, slug, subject), submission);
    }
}
