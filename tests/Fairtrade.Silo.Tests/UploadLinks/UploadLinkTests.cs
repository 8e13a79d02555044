using System.Net;
using System.Net.Http.Json;
using System.Text;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.UploadLinks;

[Collection(AppCollection.Name)]
public sealed class UploadLinkTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task TheTokenIsShownOnceAndTheListNeverShowsIt()
    {
        var slug = await TownWithShopsAsync();

        var created = await _admin.PostOkAsync($"/api/towns/{slug}/participants/shop/upload-links", new { expiresOn = "2027-01-31" });

        var token = (string)created["token"]!;
        token.Length.ShouldBeGreaterThan(43, "the secret alone carries 256 random bits");
        ((string?)created["url"]).ShouldEndWith($"/upload#{token}");
        ((string?)created["expiresAt"]).ShouldBe("2027-01-31T23:00:00+00:00", "the link works through the last day in Berlin");
        var listed = await _admin.GetStringAsync($"/api/towns/{slug}/participants/shop/upload-links");
        listed.ShouldNotContain(token.Split('.')[^1]);
        var link = (await _admin.GetJsonAsync($"/api/towns/{slug}/participants/shop/upload-links")).AsArray().ShouldHaveSingleItem()!;
        ((string?)link["id"]).ShouldBe((string?)created["id"]);
        ((bool)link["revoked"]!).ShouldBeFalse();
        ((string?)link["lastUsedAt"]).ShouldBeNull();

        await fixture.App.CreateClientWithToken(token).GetJsonAsync($"/api/towns/{slug}/participants/shop");

        var used = (await _admin.GetJsonAsync($"/api/towns/{slug}/participants/shop/upload-links")).AsArray().Single()!;
        ((string?)used["lastUsedAt"]).ShouldBe("2026-11-25T09:00:00+00:00");
    }

    [Fact]
    public async Task ALinkReachesItsOwnParticipantAndNothingElse()
    {
        var slug = await TownWithShopsAsync();
        var shop = fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(slug, "shop"));

        (await shop.GetAsync($"/api/towns/{slug}/participants/shop")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var forbidden = new[]
        {
            await shop.GetAsync($"/api/towns/{slug}/participants/other"),
            await shop.GetAsync($"/api/towns/{slug}/participants"),
            await shop.GetAsync($"/api/towns/{slug}/evidence"),
            await shop.GetAsync($"/api/towns/{slug}/audit"),
            await shop.GetAsync($"/api/towns/{slug}/notifications"),
            await shop.PatchAsJsonAsync($"/api/towns/{slug}/participants/shop", new { name = "Renamed" }),
            await shop.PostAsJsonAsync($"/api/towns/{slug}/participants/shop/upload-links", new { }),
            await shop.PostAsJsonAsync($"/api/towns/{slug}/evidence", new { subject = "shop", kind = "photo", effectiveDate = "2026-11-20" }),
            await shop.UploadAsync(slug, "other", Samples.Jpeg(2_000)),
        };

        forbidden.Select(r => r.StatusCode).ShouldAllBe(code => code == HttpStatusCode.Forbidden);
        ((string?)(await _admin.GetJsonAsync($"/api/towns/{slug}/participants/shop"))["name"]).ShouldBe("Weltladen");
        (await _admin.GetJsonAsync($"/api/towns/{slug}/evidence")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task ALinkReadsTheStatusAsThePublicDoesAndNoOtherParticipantsFile()
    {
        var slug = await TownWithShopsAsync();
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "hidden", kind = "retail", name = "Unlisted", products = new[] { "Kaffee", "Tee" } });
        await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = "hidden", kind = "declaration", effectiveDate = "2024-12-27" });
        var otherFile = (string)(await (await _admin.UploadAsync(slug, "other", Samples.Jpeg(2_000))).JsonAsync())["id"]!;
        var shop = fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(slug, "shop"));

        var seenByShop = await shop.GetJsonAsync($"/api/towns/{slug}/status");
        var seenByCoordinator = await _admin.GetJsonAsync($"/api/towns/{slug}/status");

        seenByCoordinator["expiringSoon"]!.AsArray().Select(e => (string?)e!["subject"]).ShouldBe(["hidden"]);
        seenByShop["expiringSoon"]!.AsArray().ShouldBeEmpty("that shop did not agree to be listed publicly");
        (await shop.GetAsync($"/api/towns/{slug}/evidence/{otherFile}/file")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await shop.GetAsync($"/api/towns/{slug}/evidence/{otherFile}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ALinkOfOneTownOpensNothingInAnother()
    {
        var slug = await TownWithShopsAsync();
        var other = await TownWithShopsAsync();
        var shop = fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(slug, "shop"));

        (await shop.GetAsync($"/api/towns/{other}/participants/shop")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await shop.UploadAsync(other, "shop", Samples.Jpeg(2_000))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _admin.GetJsonAsync($"/api/towns/{other}/evidence")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task ARevokedLinkStopsAtOnce()
    {
        var slug = await TownWithShopsAsync();
        var created = await _admin.PostOkAsync($"/api/towns/{slug}/participants/shop/upload-links", new { });
        var shop = fixture.App.CreateClientWithToken((string)created["token"]!);
        (await shop.GetAsync($"/api/towns/{slug}/participants/shop")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var revoke = await _admin.DeleteAsync($"/api/towns/{slug}/participants/shop/upload-links/{(string)created["id"]!}");

        revoke.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await shop.GetAsync($"/api/towns/{slug}/participants/shop")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var before = fixture.App.StoredFiles();
        (await shop.UploadAsync(slug, "shop", Samples.Jpeg(2_000))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        fixture.App.StoredFiles().ShouldBe(before);
        ((bool)(await _admin.GetJsonAsync($"/api/towns/{slug}/participants/shop/upload-links")).AsArray().Single()!["revoked"]!).ShouldBeTrue();
    }

    [Fact]
    public async Task RevokingALinkThatDoesNotExistIsNotFound()
    {
        var slug = await TownWithShopsAsync();

        (await _admin.DeleteAsync($"/api/towns/{slug}/participants/shop/upload-links/0123456789abcdef")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _admin.PostAsJsonAsync($"/api/towns/{slug}/participants/nobody/upload-links", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ALinkCannotExpireInThePast()
    {
        var slug = await TownWithShopsAsync();

        var response = await _admin.PostAsJsonAsync($"/api/towns/{slug}/participants/shop/upload-links", new { expiresOn = "2026-11-24" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe(["expiresOn"]);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants/shop/upload-links")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task MalformedAndForgedTokensAreRefused()
    {
        var slug = await TownWithShopsAsync();
        var token = await _admin.CreateLinkAsync(slug, "shop");
        var parts = token.Split('.');
        var secret = parts[3];
        var flipped = (secret[0] == 'A' ? 'B' : 'A') + secret[1..];
        string[] forged =
        [
            "not-a-token",
            string.Join('.', parts[..3]),
            $"{parts[0]}.{parts[1]}.{parts[2]}.{flipped}",
            $"{parts[0]}.other.{parts[2]}.{secret}",
            $"{parts[0]}.{parts[1]}.0123456789abcdef.{secret}",
            token + "x",
            token.ToUpperInvariant(),
        ];

        foreach (var candidate in forged)
        {
            var response = await fixture.App.CreateClientWithToken(candidate).GetAsync($"/api/towns/{slug}/participants/shop");
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, candidate);
        }
    }

    [Fact]
    public async Task OnlyTheSecretsHashIsStored()
    {
        var slug = await TownWithShopsAsync();
        var secret = (await _admin.CreateLinkAsync(slug, "shop")).Split('.')[^1];

        foreach (var file in Directory.GetFiles(fixture.App.DataDir, "*", SearchOption.AllDirectories))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            (await reader.ReadToEndAsync()).ShouldNotContain(secret, customMessage: file);
        }
    }

    private async Task<string> TownWithShopsAsync()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop", kind = "retail", name = "Weltladen", products = new[] { "Kaffee", "Tee" } });
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "other", kind = "retail", name = "Bioladen", products = new[] { "Kaffee", "Tee" } });
        return slug;
    }
}
