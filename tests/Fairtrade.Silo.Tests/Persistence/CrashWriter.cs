using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Persistence;

/// <summary>
/// One client writing as fast as it is answered: a participant, its upload link, evidence through the link with a
/// file of a few hundred KB, and the coordinator's review of it; until the silo stops answering. Each write answered
/// 2xx is recorded.
/// </summary>
public static class CrashWriter
{
    public static async Task RunAsync(HttpClient admin, string town, string prefix, AcknowledgedWrites acknowledged)
    {
        try
        {
            for (var i = 0; ; i++)
            {
                var id = $"{prefix}-{i}";
                if (!await AnsweredAsync(await admin.PostAsJsonAsync($"/api/towns/{town}/participants", new { id, kind = "retail", name = $"Shop {id}" }), id, acknowledged))
                {
                    return;
                }

                acknowledged.Participant(id);
                var link = await admin.PostAsJsonAsync($"/api/towns/{town}/participants/{id}/upload-links", new { });
                if (!await AnsweredAsync(link, $"link of {id}", acknowledged))
                {
                    return;
                }

                // Through the participant's own upload link, so the evidence waits for the review that follows.
                using var shop = new HttpClient { BaseAddress = admin.BaseAddress };
                shop.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)(await link.JsonAsync())["token"]!);
                var file = Samples.Jpeg(Random.Shared.Next(100_000, 300_000));
                var upload = await shop.UploadAsync(town, id, file);
                if (!await AnsweredAsync(upload, $"evidence of {id}", acknowledged))
                {
                    return;
                }

                var evidenceId = (string)(await upload.JsonAsync())["id"]!;
                acknowledged.Evidence(evidenceId, Convert.ToHexStringLower(SHA256.HashData(file)));
                if (!await AnsweredAsync(await admin.PostAsJsonAsync($"/api/towns/{town}/evidence/{evidenceId}/review", new { decision = "approve" }), evidenceId, acknowledged))
                {
                    return;
                }

                acknowledged.Review(evidenceId);
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            // The silo was killed under this request: whether it was done is not known, and neither side relies on it.
        }
    }

    private static async Task<bool> AnsweredAsync(HttpResponseMessage response, string what, AcknowledgedWrites acknowledged)
    {
        if (response.IsSuccessStatusCode)
        {
            return true;
        }

        acknowledged.Refused($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return false;
    }
}
