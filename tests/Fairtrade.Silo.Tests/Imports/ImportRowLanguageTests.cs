using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Imports;

/// <summary>A coordinator reads the report's row errors in the language of the page that sent the workbook.</summary>
[Collection(AppCollection.Name)]
public sealed class ImportRowLanguageTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task ARowErrorIsAnsweredInTheRequestsLanguageAndInEnglishWithoutOne()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        var workbook = Workbooks.List("Liste", ["Name", "Art", "Nachweis vom"], ["Weltladen", "Einzelhandel", "nächste Woche"]);

        (await DryRunAsync(slug, workbook, "it")).ShouldBe("'nächste Woche' è testo, non una data: inserisca una data in una cella formattata come data.");
        (await DryRunAsync(slug, workbook, null)).ShouldBe("'nächste Woche' is text, not a date: enter a date in a cell formatted as a date.");
    }

    private async Task<string> DryRunAsync(string slug, byte[] workbook, string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/towns/{slug}/imports?dryRun=true") { Content = new ByteArrayContent(workbook) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await _admin.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var errors = body["errors"]!.AsArray();
        errors.Count.ShouldBe(1, body.ToJsonString());
        return (string)errors[0]!["message"]!;
    }
}
