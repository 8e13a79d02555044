using System.Security.Claims;
using Fairtrade.Silo.Files;
using Fairtrade.Silo.Http;
using Fairtrade.Silo.Security;

namespace Fairtrade.Silo.Evidence;

public static class EvidenceFilesApi
{
    /// <summary>The file of the latest revision, or of <paramref name="revision"/>; served as a download that no browser renders in our origin.</summary>
    public static async Task<IResult> GetFileAsync(string slug, string id, int? revision, ClaimsPrincipal user, IGrainFactory grains, FileStore files, HttpResponse response)
    {
        var record = await EvidenceHolders.FindAsync(grains, slug, id);
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
}
