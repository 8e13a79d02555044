using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Http;

/// <summary>
/// Every refusal of bad input names the field it is about, whichever part of the request it is in: a member of a
/// nested JSON object, a value of the wrong type, a query value that does not read, each field of a multipart form.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RefusalFieldTests(AppFixture fixture)
{
    private const string NotAField = "is not a field of this request.";
    private const string WrongType = "has a value of the wrong type or format.";

    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task AnUnknownMemberOfANestedObjectIsNamedByItsPath()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);

        var response = await _admin.PostRawAsync($"/api/towns/{slug}/participants",
            """{"id":"shop","kind":"retail","name":"Weltladen","contact":{"person":"Anna","fax":"0201 123"}}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.ErrorFields().ShouldBe(["contact.fax"]);
        ((string?)problem["errors"]!["contact.fax"]![0]).ShouldBe(NotAField);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task AKnownMemberWithAValueOfTheWrongTypeIsNotCalledUnknown()
    {
        var response = await _admin.PostRawAsync("/api/towns", $$"""{"slug":"{{Api.NewSlug()}}","name":"X","population":"many","ruleset":"de-town"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.ErrorFields().ShouldBe(["population"]);
        ((string?)problem["errors"]!["population"]![0]).ShouldBe(WrongType);
    }

    [Theory]
    [InlineData("participants?includeArchived=maybe", "includeArchived")]
    [InlineData("participants?kind=bakery", "kind")]
    [InlineData("participants/shop?asOf=2026-13-01", "asOf")]
    [InlineData("evidence?status=lost", "status")]
    [InlineData("evidence/some-photo/file?revision=second", "revision")]
    [InlineData("evidence/some-photo/file?inline=please", "inline")]
    [InlineData("audit?since=last-week", "since")]
    public async Task AQueryValueThatDoesNotReadIsRefusedNamingItsParameter(string path, string parameter)
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);

        var response = await _admin.GetAsync($"/api/towns/{slug}/{path}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe([parameter]);
    }

    [Fact]
    public async Task AnEvidenceFormWithSeveralBadFieldsReportsEachOfThem()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop", kind = "retail", name = "Weltladen" });
        var before = fixture.App.StoredFiles();

        var response = await _admin.UploadAsync(slug, "", Samples.Jpeg(3_000), kind: "selfie", effectiveDate: "soon");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().Order(StringComparer.Ordinal).ShouldBe(["effectiveDate", "kind", "subject"]);
        fixture.App.StoredFiles().ShouldBe(before);
        fixture.App.IncomingFiles().ShouldBeEmpty();
    }
}
