using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Evidence;

/// <summary>A shop sends its proof through its link; the coordinator decides; the status follows at once.</summary>
[Collection(AppCollection.Name)]
public sealed class EvidenceReviewTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task APhotoFromTheShopsLinkCountsOnceTheCoordinatorApprovesIt()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop-22", kind = "retail", name = "Weltladen", products = new[] { "Kaffee", "Tee" } });
        var shop = fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(slug, "shop-22"));
        var photo = Samples.Jpeg(150_000);

        var upload = await shop.UploadAsync(slug, "shop-22", photo, fileName: "Regal mit Kaffee.jpg");

        upload.StatusCode.ShouldBe(HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
        var evidence = await upload.JsonAsync();
        ((string?)evidence["status"]).ShouldBe("submitted");
        ((string?)evidence["submittedBy"]).ShouldStartWith("upload-link:");
        ((string?)evidence["file"]!["name"]).ShouldBe("Regal mit Kaffee.jpg");
        ((long)evidence["file"]!["size"]!).ShouldBe(photo.Length);
        ((string?)evidence["file"]!["contentType"]).ShouldBe("image/jpeg");
        ((string?)evidence["file"]!["sha256"]).ShouldBe(Convert.ToHexStringLower(SHA256.HashData(photo)));
        var id = (string)evidence["id"]!;
        var waiting = (await _admin.GetJsonAsync($"/api/towns/{slug}/status")).Criterion("retail-catering");
        ((int)waiting["actual"]!["retail"]!).ShouldBe(21, "submitted evidence does not count before it is approved");

        var approved = await _admin.ReviewAsync(slug, id, "approve", "Schönes Regal");

        ((string?)approved["status"]).ShouldBe("approved");
        ((string?)approved["reviewedBy"]).ShouldBe("token:admin");
        ((string?)approved["comment"]).ShouldBe("Schönes Regal");
        var retail = (await _admin.GetJsonAsync($"/api/towns/{slug}/status")).Criterion("retail-catering");
        ((int)retail["actual"]!["retail"]!).ShouldBe(22);
        ((bool)retail["met"]!).ShouldBeTrue();
        var own = await shop.GetJsonAsync($"/api/towns/{slug}/participants/shop-22");
        ((bool)own["qualifies"]!).ShouldBeTrue();
        ((string?)own["evidence"]![0]!["comment"]).ShouldBe("Schönes Regal");
    }

    [Fact]
    public async Task TheFileComesBackAsADownloadToTheCoordinatorAndTheShop()
    {
        var slug = await TownWithShopAsync();
        var shop = fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(slug, "shop"));
        var photo = Samples.Jpeg(40_000);
        var id = (string)(await (await shop.UploadAsync(slug, "shop", photo, fileName: "regal.jpg")).JsonAsync())["id"]!;

        foreach (var client in new[] { _admin, shop })
        {
            var response = await client.GetAsync($"/api/towns/{slug}/evidence/{id}/file");

            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await response.Content.ReadAsByteArrayAsync()).ShouldBe(photo);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
            response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
            response.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe("regal.jpg");
            response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        }
    }

    [Fact]
    public async Task ARejectedPhotoDoesNotCountAndTheShopSeesWhy()
    {
        var (slug, shop, id) = await SubmittedPhotoAsync();

        var rejected = await _admin.ReviewAsync(slug, id, "reject", "Kein Fairtrade-Siegel zu sehen");

        ((string?)rejected["status"]).ShouldBe("rejected");
        var own = await shop.GetJsonAsync($"/api/towns/{slug}/participants/shop");
        ((bool)own["qualifies"]!).ShouldBeFalse();
        ((string?)own["evidence"]![0]!["status"]).ShouldBe("rejected");
        ((string?)own["evidence"]![0]!["comment"]).ShouldBe("Kein Fairtrade-Siegel zu sehen");
    }

    [Fact]
    public async Task ANewUploadOnChangesRequestedIsTheNextRevisionAndKeepsTheHistory()
    {
        var slug = await TownWithShopAsync();
        var shop = fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(slug, "shop"));
        var blurred = Samples.Jpeg(6_000);
        var sharp = Samples.Png(7_000);
        var id = (string)(await (await shop.UploadAsync(slug, "shop", blurred, fileName: "blurred.jpg")).JsonAsync())["id"]!;
        await _admin.ReviewAsync(slug, id, "request-changes", "Bitte schärfer fotografieren");

        var revision = await shop.UploadAsync(slug, "shop", sharp, fileName: "sharp.png", contentType: "image/png", revises: id);

        revision.StatusCode.ShouldBe(HttpStatusCode.OK, await revision.Content.ReadAsStringAsync());
        var evidence = await revision.JsonAsync();
        ((string?)evidence["id"]).ShouldBe(id);
        ((int)evidence["revision"]!).ShouldBe(2);
        ((string?)evidence["status"]).ShouldBe("submitted");
        ((string?)evidence["file"]!["name"]).ShouldBe("sharp.png");
        var earlier = evidence["history"]!.AsArray().ShouldHaveSingleItem()!;
        ((int)earlier["revision"]!).ShouldBe(1);
        ((string?)earlier["status"]).ShouldBe("changes-requested");
        ((string?)earlier["comment"]).ShouldBe("Bitte schärfer fotografieren");
        ((string?)earlier["file"]!["name"]).ShouldBe("blurred.jpg");
        (await _admin.GetByteArrayAsync($"/api/towns/{slug}/evidence/{id}/file?revision=1")).ShouldBe(blurred);
        (await _admin.GetByteArrayAsync($"/api/towns/{slug}/evidence/{id}/file")).ShouldBe(sharp);

        await _admin.ReviewAsync(slug, id, "approve");

        ((bool)(await _admin.GetJsonAsync($"/api/towns/{slug}/participants/shop"))["qualifies"]!).ShouldBeTrue();
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("reject")]
    [InlineData("request-changes")]
    public async Task ASecondDecisionIsAConflictAndChangesNothing(string first)
    {
        var (slug, _, id) = await SubmittedPhotoAsync();
        var decided = await _admin.ReviewAsync(slug, id, first, "first");

        var second = await _admin.PostAsJsonAsync($"/api/towns/{slug}/evidence/{id}/review", new { decision = "approve", comment = "second" });

        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        ((string)(await second.ProblemAsync())["detail"]!).ShouldContain("decided by token:admin");
        var after = await _admin.GetJsonAsync($"/api/towns/{slug}/evidence/{id}");
        ((string?)after["status"]).ShouldBe((string?)decided["status"]);
        ((string?)after["comment"]).ShouldBe("first");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("approve")]
    [InlineData("reject")]
    public async Task OnlyEvidenceWithChangesRequestedTakesANewRevision(string? decision)
    {
        var (slug, shop, id) = await SubmittedPhotoAsync();
        if (decision is not null)
        {
            await _admin.ReviewAsync(slug, id, decision);
        }

        var files = fixture.App.StoredFiles();
        var revision = await shop.UploadAsync(slug, "shop", Samples.Jpeg(5_001), revises: id);

        revision.StatusCode.ShouldBe(HttpStatusCode.Conflict, "a pending review decides the revision the reviewer sees");
        ((int)(await _admin.GetJsonAsync($"/api/towns/{slug}/evidence/{id}"))["revision"]!).ShouldBe(1);
        fixture.App.StoredFiles().ShouldBe(files);
    }

    [Fact]
    public async Task ARevisionWithoutAFileIsRefused()
    {
        var (slug, _, id) = await SubmittedPhotoAsync();
        await _admin.ReviewAsync(slug, id, "request-changes");

        var revision = await _admin.PostAsJsonAsync($"/api/towns/{slug}/evidence", new { subject = "shop", kind = "photo", effectiveDate = "2026-11-20", revises = id });

        revision.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await revision.ProblemAsync()).ErrorFields().ShouldBe(["revises"]);
        ((string?)(await _admin.GetJsonAsync($"/api/towns/{slug}/evidence/{id}"))["status"]).ShouldBe("changes-requested");
    }

    [Fact]
    public async Task ADecisionThatDoesNotExistIsRefusedNamingTheField()
    {
        var (slug, _, id) = await SubmittedPhotoAsync();

        var maybe = await _admin.PostAsJsonAsync($"/api/towns/{slug}/evidence/{id}/review", new { decision = "maybe" });
        var none = await _admin.PostAsJsonAsync($"/api/towns/{slug}/evidence/{id}/review", new { comment = "no decision" });
        var unknown = await _admin.PostAsJsonAsync($"/api/towns/{slug}/evidence/0123456789abcdef/review", new { decision = "approve" });

        maybe.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await maybe.ProblemAsync()).ErrorFields().ShouldBe(["decision"]);
        none.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await none.ProblemAsync()).ErrorFields().ShouldBe(["decision"]);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ((string?)(await _admin.GetJsonAsync($"/api/towns/{slug}/evidence/{id}"))["status"]).ShouldBe("submitted");
    }

    [Fact]
    public async Task ALinkHolderCannotReview()
    {
        var (slug, shop, id) = await SubmittedPhotoAsync();

        var review = await shop.PostAsJsonAsync($"/api/towns/{slug}/evidence/{id}/review", new { decision = "approve" });

        review.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        ((string?)(await _admin.GetJsonAsync($"/api/towns/{slug}/evidence/{id}"))["status"]).ShouldBe("submitted");
    }

    [Fact]
    public async Task TheAuditTrailTellsTheWholeStoryInOrder()
    {
        var (slug, shop, id) = await SubmittedPhotoAsync();
        await _admin.ReviewAsync(slug, id, "request-changes", "Bitte schärfer");
        await shop.UploadAsync(slug, "shop", Samples.Jpeg(5_001), revises: id);
        await _admin.ReviewAsync(slug, id, "approve");

        var audit = (await _admin.GetJsonAsync($"/api/towns/{slug}/audit")).AsArray();

        audit.Select(e => $"{(string?)e!["action"]} by {((string)e["actor"]!).Split(':')[0]}").ShouldBe(
        [
            "town.created by token", "participant.created by token", "upload-link.created by token",
            "evidence.submitted by upload-link", "evidence.changes-requested by token", "evidence.revised by upload-link", "evidence.approved by token",
        ]);
        var approval = audit[^1]!;
        ((string?)approval["subject"]).ShouldBe("shop");
        ((string?)approval["details"]!["status"]!["old"]).ShouldBe("\"submitted\"");
        ((string?)approval["details"]!["status"]!["new"]).ShouldBe("\"approved\"");
    }

    /// <summary>A town whose shop has sent a photo through its link, waiting for review.</summary>
    private async Task<(string Slug, HttpClient Shop, string Id)> SubmittedPhotoAsync()
    {
        var slug = await TownWithShopAsync();
        var shop = fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(slug, "shop"));
        var id = (string)(await (await shop.UploadAsync(slug, "shop", Samples.Jpeg(5_000))).JsonAsync())["id"]!;
        return (slug, shop, id);
    }

    private async Task<string> TownWithShopAsync()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop", kind = "retail", name = "Weltladen", products = new[] { "Kaffee", "Tee" } });
        return slug;
    }
}
