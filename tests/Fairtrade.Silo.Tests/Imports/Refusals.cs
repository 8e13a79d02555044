using System.Net;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Imports;

/// <summary>Imports meant to be refused: into a town of their own, checked to have stored nothing.</summary>
public static class Refusals
{
    /// <summary>Posts <paramref name="workbook"/> into a new town holding one participant; its participants, status and audit trail must be as they were.</summary>
    public static async Task<(HttpStatusCode Status, JsonNode Body)> ImportIntoNewTownAsync(this HttpClient admin, byte[] workbook)
    {
        var slug = Api.NewSlug();
        await admin.CreateTownAsync(slug);
        await admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "weltladen", kind = "retail", name = "Weltladen" });
        var participants = (await admin.GetJsonAsync($"/api/towns/{slug}/participants?includeArchived=true")).ToJsonString();
        var status = (await admin.GetJsonAsync($"/api/towns/{slug}/status")).ToJsonString();
        var audit = await admin.AuditCountAsync(slug);

        var answer = await admin.ImportAsync(slug, workbook);

        (await admin.GetJsonAsync($"/api/towns/{slug}/participants?includeArchived=true")).ToJsonString().ShouldBe(participants, "nothing stored");
        (await admin.GetJsonAsync($"/api/towns/{slug}/status")).ToJsonString().ShouldBe(status);
        (await admin.AuditCountAsync(slug)).ShouldBe(audit);
        return answer;
    }

    /// <summary>The messages of a 400 naming <c>file</c>, or of a 422 report, as one text for assertions.</summary>
    public static string Messages(this JsonNode body) =>
        body["errors"] switch
        {
            JsonObject fields => string.Join("\n", fields.SelectMany(f => f.Value!.AsArray().Select(m => $"{f.Key}: {m}"))),
            JsonArray report => string.Join("\n", report.Select(e => $"{e!["sheet"]}!{e["row"]}/{e["column"]}: {e["message"]}")),
            _ => (string?)body["detail"] ?? body.ToJsonString(),
        };

    /// <summary>The silo still answers its health check, and a plain list still imports.</summary>
    public static async Task ShouldStillImportAsync(this HttpClient admin)
    {
        (await admin.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var slug = Api.NewSlug();
        await admin.CreateTownAsync(slug);

        var (status, report) = await admin.ImportAsync(slug, HandMadeWorkbook.List(["Weltladen", "Einzelhandel"]).ToBytes());

        status.ShouldBe(HttpStatusCode.OK, report.ToJsonString());
        ((int)report["created"]!).ShouldBe(1);
    }
}
