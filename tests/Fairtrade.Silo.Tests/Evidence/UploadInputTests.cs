using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Evidence;

/// <summary>No bad file gets in: each refusal is a clear 4xx, and neither a file nor a record is left behind.</summary>
[Collection(AppCollection.Name)]
public sealed class UploadInputTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    public static TheoryData<string, byte[]> Disguised => new()
    {
        { "an HTML page", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><script>alert(1)</script></html>") },
        { "a Windows executable", Samples.StartingWith("MZ\x90\0\x03\0\0\0"u8.ToArray(), 4_000) },
        { "a Linux executable", Samples.StartingWith([0x7F, .. "ELF"u8], 4_000) },
        { "an SVG with a script", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>") },
        { "a zip archive", Samples.StartingWith("PK\x03\x04"u8.ToArray(), 4_000) },
    };

    [Theory]
    [MemberData(nameof(Disguised))]
    public async Task AFileThatClaimsToBeAJpegButIsNotIsRefused(string what, byte[] content)
    {
        var (slug, shop) = await TownWithLinkAsync();
        var before = fixture.App.StoredFiles();

        var response = await shop.UploadAsync(slug, "shop", content, fileName: "shelf.jpg", contentType: "image/jpeg");

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType, what);
        ((string)(await response.ProblemAsync())["detail"]!).ShouldContain("JPEG");
        await NothingStoredAsync(slug, before);
    }

    [Fact]
    public async Task AnEmptyFileIsRefusedNamingTheField()
    {
        var (slug, shop) = await TownWithLinkAsync();
        var before = fixture.App.StoredFiles();

        var response = await shop.UploadAsync(slug, "shop", []);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe(["file"]);
        await NothingStoredAsync(slug, before);
    }

    [Fact]
    public async Task ATruncatedBodyIsRefusedAndLeavesNothing()
    {
        var (slug, shop) = await TownWithLinkAsync();
        var before = fixture.App.StoredFiles();
        var body = new MemoryStream();
        body.Write("--b\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nshop\r\n--b\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nphoto\r\n"u8);
        body.Write("--b\r\nContent-Disposition: form-data; name=\"effectiveDate\"\r\n\r\n2026-11-20\r\n"u8);
        body.Write("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"shelf.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"u8);
        body.Write(Samples.Jpeg(30_000));
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        var response = await shop.PostAsync($"/api/towns/{slug}/evidence", content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe(["body"]);
        await NothingStoredAsync(slug, before);
    }

    [Fact]
    public async Task AFileNameIsShownWithoutFoldersControlCharactersOrAFalseExtension()
    {
        var (slug, shop) = await TownWithLinkAsync();

        var response = await shop.UploadAsync(slug, "shop", Samples.Jpeg(3_000), fileName: "../../escaped\r\n\u202Egpj.exe");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var name = (string)(await response.JsonAsync())["file"]!["name"]!;
        name.ShouldBe("escapedgpj.jpg");
        fixture.App.IncomingFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task FieldsAreCheckedAsInJson()
    {
        var (slug, shop) = await TownWithLinkAsync();
        var before = fixture.App.StoredFiles();

        var badKind = await shop.UploadAsync(slug, "shop", Samples.Jpeg(2_000), kind: "selfie");
        var badDate = await shop.UploadAsync(slug, "shop", Samples.Jpeg(2_000), effectiveDate: "20.11.2026");
        var future = await shop.UploadAsync(slug, "shop", Samples.Jpeg(2_000), effectiveDate: "2027-01-01");
        var unknownSubject = await _admin.UploadAsync(slug, "nobody", Samples.Jpeg(2_000));

        (await badKind.ProblemAsync()).ErrorFields().ShouldBe(["kind"]);
        (await badDate.ProblemAsync()).ErrorFields().ShouldBe(["effectiveDate"]);
        (await future.ProblemAsync()).ErrorFields().ShouldBe(["effectiveDate"]);
        (await unknownSubject.ProblemAsync()).ErrorFields().ShouldBe(["subject"]);
        new[] { badKind, badDate, future, unknownSubject }.ShouldAllBe(r => r.StatusCode == HttpStatusCode.BadRequest);
        await NothingStoredAsync(slug, before);
    }

    [Fact]
    public async Task AnUnknownFieldOrASecondFileIsRefused()
    {
        var (slug, shop) = await TownWithLinkAsync();
        var before = fixture.App.StoredFiles();
        var extraField = Form(("subject", "shop"), ("kind", "photo"), ("effectiveDate", "2026-11-20"), ("approved", "true"));
        extraField.Add(new ByteArrayContent(Samples.Jpeg(2_000)), "file", "a.jpg");
        var twoFiles = Form(("subject", "shop"), ("kind", "photo"), ("effectiveDate", "2026-11-20"));
        twoFiles.Add(new ByteArrayContent(Samples.Jpeg(2_000)), "file", "a.jpg");
        twoFiles.Add(new ByteArrayContent(Samples.Jpeg(2_001)), "file", "b.jpg");
        var noFile = Form(("subject", "shop"), ("kind", "photo"), ("effectiveDate", "2026-11-20"));

        var responses = new[]
        {
            (await shop.PostAsync($"/api/towns/{slug}/evidence", extraField), "approved"),
            (await shop.PostAsync($"/api/towns/{slug}/evidence", twoFiles), "file"),
            (await shop.PostAsync($"/api/towns/{slug}/evidence", noFile), "file"),
        };

        foreach (var (response, field) in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await response.ProblemAsync()).ErrorFields().ShouldBe([field]);
        }

        await NothingStoredAsync(slug, before);
    }

    [Fact]
    public async Task TheSameContentTwiceIsStoredOnce()
    {
        var (slug, shop) = await TownWithLinkAsync();
        var photo = Samples.Jpeg(9_000);
        var before = fixture.App.StoredFiles().Length;

        (await shop.UploadAsync(slug, "shop", photo, fileName: "first.jpg")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await shop.UploadAsync(slug, "shop", photo, fileName: "second.jpg")).StatusCode.ShouldBe(HttpStatusCode.Created);

        fixture.App.StoredFiles().Length.ShouldBe(before + 1);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/evidence")).AsArray().Select(e => (string?)e!["file"]!["name"]).Order().ShouldBe(["first.jpg", "second.jpg"]);
    }

    private static MultipartFormDataContent Form(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    private async Task NothingStoredAsync(string slug, string[] filesBefore)
    {
        fixture.App.StoredFiles().ShouldBe(filesBefore);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/evidence")).AsArray().ShouldBeEmpty();
    }

    private async Task<(string Slug, HttpClient Shop)> TownWithLinkAsync()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop", kind = "retail", name = "Weltladen" });
        return (slug, fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(slug, "shop")));
    }
}
