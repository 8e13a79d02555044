using System.Net;
using System.Security.Cryptography;
using Fairtrade.Silo.Files;
using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Silo.Tests.Evidence;

/// <summary>
/// Spam through a link is deleted by the coordinator, and its files leave the disk once no evidence refers to them
/// any more; evidence that counted once stays for the town's history.
/// </summary>
public sealed class EvidenceDeletionTests : IAsyncLifetime
{
    private readonly FairtradeApp _app = new();
    private HttpClient _admin = null!;
    private string _town = "";

    public async ValueTask InitializeAsync()
    {
        _admin = _app.CreateClientAs("admin");
        _town = Api.NewSlug();
        await _admin.CreateTownAsync(_town);
        foreach (var id in new[] { "cafe", "shop" })
        {
            await _admin.PostOkAsync($"/api/towns/{_town}/participants", new { id, kind = "catering", name = id, products = new[] { "Kaffee" } });
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task DeletedSpamLeavesTheListAndItsFileLeavesTheDiskOnceNothingRefersToIt()
    {
        var junk = Samples.Jpeg(30_000);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(junk));
        var cafeSpam = await UploadThroughLinkAsync("cafe", junk);
        var shopSpam = await UploadThroughLinkAsync("shop", junk);
        await _admin.ReviewAsync(_town, cafeSpam, "reject", "Werbung");

        (await _admin.DeleteAsync($"/api/towns/{_town}/evidence/{cafeSpam}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await _admin.GetAsync($"/api/towns/{_town}/evidence/{cafeSpam}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _admin.GetJsonAsync($"/api/towns/{_town}/audit")).AsArray().ShouldContain(e => (string)e!["action"]! == "evidence.deleted");
        (await SweepAsync()).ShouldBe(0, "the shop's evidence still refers to the same bytes");
        Stored().ShouldContain(sha256);

        (await _admin.DeleteAsync($"/api/towns/{_town}/evidence/{shopSpam}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await SweepAsync()).ShouldBe(0, "a file goes only once a second sweep finds it unused, so a backup meanwhile has it");
        Stored().ShouldContain(sha256);
        (await SweepAsync()).ShouldBe(1);
        Stored().ShouldNotContain(sha256);
    }

    [Fact]
    public async Task EvidenceThatCountedOnceStaysAndSoDoesItsFile()
    {
        var photo = Samples.Jpeg(20_000);
        var id = await UploadThroughLinkAsync("cafe", photo);
        await _admin.ReviewAsync(_town, id, "approve");

        var refused = await _admin.DeleteAsync($"/api/towns/{_town}/evidence/{id}");

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await _admin.GetAsync($"/api/towns/{_town}/evidence/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SweepAsync()).ShouldBe(0);
        (await _admin.GetByteArrayAsync($"/api/towns/{_town}/evidence/{id}/file")).ShouldBe(photo);
    }

    [Fact]
    public async Task OnlyACoordinatorDeletesAndOnlyWhatThereIs()
    {
        var id = await UploadThroughLinkAsync("cafe", Samples.Jpeg(10_000));
        var link = _app.CreateClientWithToken(await _admin.CreateLinkAsync(_town, "cafe"));

        (await link.DeleteAsync($"/api/towns/{_town}/evidence/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _app.CreateClient().DeleteAsync($"/api/towns/{_town}/evidence/{id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await _admin.DeleteAsync($"/api/towns/{_town}/evidence/no-such-evidence")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _admin.GetAsync($"/api/towns/{_town}/evidence/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<string> UploadThroughLinkAsync(string participant, byte[] file)
    {
        var link = _app.CreateClientWithToken(await _admin.CreateLinkAsync(_town, participant));
        var created = await link.UploadAsync(_town, participant, file);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (string)(await created.JsonAsync())["id"]!;
    }

    private Task<int> SweepAsync() => _app.Services.GetRequiredService<UnusedFileSweep>().SweepAsync(TimeSpan.Zero, CancellationToken.None);

    private string[] Stored() => [.. _app.StoredFiles().Select(Path.GetFileName)!];
}
