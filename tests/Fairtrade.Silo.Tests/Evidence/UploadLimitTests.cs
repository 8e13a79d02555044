using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Evidence;

/// <summary>The limit is configured small here, so that "one byte over" is cheap to send.</summary>
public sealed class UploadLimitTests : IAsyncLifetime
{
    private const int Limit = 64 * 1024;
    private readonly FairtradeApp _app = new(settings: new() { ["Fairtrade:MaxUploadBytes"] = Limit.ToString() });
    private HttpClient _admin = null!;
    private string _slug = "";

    public async ValueTask InitializeAsync()
    {
        _admin = _app.CreateClientAs("admin");
        _slug = Api.NewSlug();
        await _admin.CreateTownAsync(_slug);
        await _admin.PostOkAsync($"/api/towns/{_slug}/participants", new { id = "shop", kind = "retail", name = "Weltladen" });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AFileOfExactlyTheLimitIsTaken()
    {
        var response = await _admin.UploadAsync(_slug, "shop", Samples.Jpeg(Limit));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task AFileOneByteOverTheLimitIsRefusedAndLeavesNothing()
    {
        var response = await _admin.UploadAsync(_slug, "shop", Samples.Jpeg(Limit + 1));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        ((string)(await response.ProblemAsync())["detail"]!).ShouldContain(Limit.ToString());
        _app.StoredFiles().ShouldBeEmpty();
        (await _admin.GetJsonAsync($"/api/towns/{_slug}/evidence")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task ABodyFarOverTheLimitIsCutOffAndLeavesNothing()
    {
        var response = await _admin.UploadAsync(_slug, "shop", Samples.Jpeg(Limit * 8));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        _app.StoredFiles().ShouldBeEmpty();
        (await _admin.GetJsonAsync($"/api/towns/{_slug}/evidence")).AsArray().ShouldBeEmpty();
    }
}
