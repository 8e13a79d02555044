using Fairtrade.Silo.Files;
using Microsoft.Net.Http.Headers;

namespace Fairtrade.Silo.Evidence;

public static class EvidenceFilesApi
{
    /// <summary>An image as the review page shows it: rendered, but as a sandboxed document of its own if opened directly.</summary>
    private const string ImagePolicy = "default-src 'none'; sandbox";

    /// <summary>
    /// A PDF opened for reading: Chromium's viewer does not start in a sandboxed document, so this policy forbids what
    /// sandboxing would (our scripts, framing, forms, connections) and lets only the viewer's own inline styles apply.
    /// </summary>
    private const string PdfPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; form-action 'none'; base-uri 'none'";

    /// <summary>
    /// The file of the latest revision, or of <paramref name="revision"/>; a download by default. With <c>inline=true</c>
    /// the browser shows it instead (an image in the review page, a PDF in its own viewer): safe, because only files whose
    /// bytes were sniffed as JPEG, PNG, WebP or PDF are ever stored.
    /// </summary>
    public static async Task<IResult> GetFileAsync(
        string slug, string id, [ValueOf<int>] string? revision, [ValueOf<bool>] string? inline, ClaimsPrincipal user, IGrainFactory grains, IFileStore files, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var (wanted, asInline) = (CheckedValue.Of<int>(revision), CheckedValue.Of<bool>(inline) == true);
        var record = await EvidenceHolders.FindAsync(grains, slug, id);
        if (user.IsParticipantLink() && (record is null || !user.MayActFor(slug, record.Subject)))
        {
            return Problems.Forbidden(t => t.LinkOpensOwnFilesOnly);
        }

        if (record is null)
        {
            return Problems.NotFound(t => t.NoEvidence(id, slug));
        }

        if (record.FileOf(wanted ?? record.Revision) is not { } file || await files.OpenReadAsync(file.Sha256, cancellationToken) is not { } content)
        {
            return Problems.NotFound(t => wanted is null ? t.NoFile(id) : t.NoFileInRevision(id, wanted.Value));
        }

        // The content is stored by its hash, so the hash is an entity tag that never goes stale.
        var tag = new EntityTagHeaderValue($"\"{file.Sha256}\"");
        response.Headers.XContentTypeOptions = "nosniff";
        if (!asInline)
        {
            response.Headers.ContentSecurityPolicy = ImagePolicy;
            return TypedResults.Stream(content, file.ContentType, file.Name, entityTag: tag, enableRangeProcessing: true);
        }

        response.Headers.ContentSecurityPolicy = file.ContentType == "application/pdf" ? PdfPolicy : ImagePolicy;
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(file.Name);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.CacheControl = "private, max-age=3600";
        return TypedResults.Stream(content, file.ContentType, entityTag: tag, enableRangeProcessing: true);
    }
}
