using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Exports;

/// <summary>The evidence bundle: the workbook and exactly the files that count on the day, linked from an index.</summary>
[Collection(AppCollection.Name)]
public sealed class EvidenceBundleTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task TheBundleHoldsTheWorkbookAndEveryFileValidOnTheDayInFoldersByCriterion()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        foreach (var (id, kind) in new[] { ("weltladen", "retail"), ("gymnasium", "school"), ("bistro", "catering") })
        {
            await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id, kind, name = $"{id} <&>", products = new[] { "Kaffee", "Tee" } });
        }

        var shelf = Samples.Jpeg(30_000);
        var approved = await UploadAsync(slug, "weltladen", shelf, "Regal Foto.jpg", "2026-11-20");
        await _admin.ReviewAsync(slug, approved, "approve");
        var declaration = Samples.StartingWith(Samples.PdfHead, 12_000);
        var school = await UploadAsync(slug, "gymnasium", declaration, "erklärung.pdf", "2026-10-01");
        await _admin.ReviewAsync(slug, school, "approve");
        var rejected = await UploadAsync(slug, "bistro", Samples.Jpeg(5_000), "menu.jpg", "2026-11-01");
        await _admin.ReviewAsync(slug, rejected, "reject");
        var waiting = await UploadAsync(slug, "bistro", Samples.Jpeg(6_000), "menu2.jpg", "2026-11-02");

        var response = await _admin.GetAsync($"/api/towns/{slug}/exports/evidence.zip");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var files = zip.Entries.Select(e => e.FullName).ToArray();
        files.ShouldBe(
            ["renewal.xlsx", $"retail-catering/weltladen/{approved}-Regal Foto.jpg", $"civil-society/gymnasium/{school}-erklärung.pdf", "index.html"],
            ignoreOrder: true);
        Sha(zip.GetEntry($"retail-catering/weltladen/{approved}-Regal Foto.jpg")!).ShouldBe(Convert.ToHexStringLower(SHA256.HashData(shelf)));
        var index = new StreamReader(zip.GetEntry("index.html")!.Open()).ReadToEnd();
        index.ShouldContain($"href=\"retail-catering/weltladen/{approved}-Regal%20Foto.jpg\"");
        index.ShouldContain("weltladen &lt;&amp;&gt;");
        index.ShouldNotContain(rejected);
        index.ShouldNotContain(waiting);
        (await LibreOffice.SheetsAsync(ReadAll(zip.GetEntry("renewal.xlsx")!))).Keys.ShouldContain("Übersicht");
    }

    [Fact]
    public async Task EvidenceThatHasRunOutIsNotInTheBundleOfALaterDay()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop", kind = "retail", name = "Shop", products = new[] { "Kaffee", "Tee" } });
        var id = await UploadAsync(slug, "shop", Samples.Jpeg(3_000), "regal.jpg", "2026-11-20");
        await _admin.ReviewAsync(slug, id, "approve");

        using var now = new ZipArchive(await _admin.GetStreamAsync($"/api/towns/{slug}/exports/evidence.zip?asOf=2026-11-25"));
        using var later = new ZipArchive(await _admin.GetStreamAsync($"/api/towns/{slug}/exports/evidence.zip?asOf=2029-01-01"));

        now.Entries.Select(e => e.FullName).ShouldContain(name => name.EndsWith("regal.jpg", StringComparison.Ordinal));
        later.Entries.Select(e => e.FullName).ShouldBe(["renewal.xlsx", "index.html"], ignoreOrder: true);
    }

    private async Task<string> UploadAsync(string slug, string subject, byte[] file, string name, string effectiveDate)
    {
        var link = fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(slug, subject));
        var contentType = name.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "image/jpeg";
        var response = await link.UploadAsync(slug, subject, file, name, kind: "photo", effectiveDate: effectiveDate, contentType: contentType);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (string)(await response.JsonAsync())["id"]!;
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var content = new MemoryStream();
        entry.Open().CopyTo(content);
        return content.ToArray();
    }

    private static string Sha(ZipArchiveEntry entry) => Convert.ToHexStringLower(SHA256.HashData(ReadAll(entry)));
}
