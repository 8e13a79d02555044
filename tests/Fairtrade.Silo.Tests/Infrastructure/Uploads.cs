using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>Upload links and multipart evidence uploads, as a shop's phone or a coordinator's browser sends them.</summary>
public static class Uploads
{
    /// <summary>Creates an upload link for the participant and answers its token.</summary>
    public static async Task<string> CreateLinkAsync(this HttpClient admin, string slug, string participant, string? expiresOn = null)
    {
        var link = await admin.PostOkAsync($"/api/towns/{slug}/participants/{participant}/upload-links", new { expiresOn });
        return (string)link["token"]!;
    }

    public static HttpClient CreateClientWithToken(this FairtradeApp app, string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, string slug, string subject, byte[] file, string fileName = "shelf.jpg",
        string kind = "photo", string effectiveDate = "2026-11-20", string? revises = null, string contentType = "image/jpeg")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(subject), "subject" },
            { new StringContent(kind), "kind" },
            { new StringContent(effectiveDate), "effectiveDate" },
        };
        if (revises is not null)
        {
            form.Add(new StringContent(revises), "revises");
        }

        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(content, "file", fileName);
        return client.PostAsync($"/api/towns/{slug}/evidence", form);
    }

    public static async Task<JsonNode> ReviewAsync(this HttpClient admin, string slug, string evidenceId, string decision, string? comment = null) =>
        await admin.PostOkAsync($"/api/towns/{slug}/evidence/{evidenceId}/review", new { decision, comment });

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonNode>())!;

    /// <summary>Every file the store holds or is still receiving: a refused upload adds none.</summary>
    public static string[] StoredFiles(this FairtradeApp app) => FilesUnder(Path.Combine(app.DataDir, "files"));

    /// <summary>Uploads still arriving or waiting for their evidence to be saved: none once a request is answered.</summary>
    public static string[] IncomingFiles(this FairtradeApp app) => FilesUnder(Path.Combine(app.DataDir, "files", "incoming"));

    private static string[] FilesUnder(string folder) =>
        Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)] : [];
}
