using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Accessibility;

/// <summary>Nobody can flood the admin's list: reports are limited per address and hour, and so is how many are kept.</summary>
public sealed class BarrierReportLimitTests
{
    [Fact]
    public async Task TheFourthReportOfAnHourFromOneAddressIs429WithRetryAfterAndIsNotStored()
    {
        await using var app = new FairtradeApp(settings: new() { ["Fairtrade:Limits:BarrierReportsPerHour"] = "3" });

        var statuses = await ReportAsync(app, 3);
        using var limited = await app.CreateClientAs("anonymous").PostAsJsonAsync("/api/accessibility/barriers", new { page = "/", what = "Barrier 4" });

        statuses.ShouldAllBe(status => status == HttpStatusCode.Created);
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(limited.Headers.GetValues("Retry-After").Single()).ShouldBeInRange(1, 3600);
        (await ListedAsync(app)).ShouldBe(["Barrier 3", "Barrier 2", "Barrier 1"]);
    }

    [Fact]
    public async Task OnceAsManyAsAreKeptAreStoredAFurtherReportIs503AndTheOthersStay()
    {
        await using var app = new FairtradeApp(settings: new() { ["Fairtrade:Limits:BarrierReportsKept"] = "2" });

        var statuses = await ReportAsync(app, 3);

        statuses.ShouldBe([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.ServiceUnavailable]);
        (await ListedAsync(app)).ShouldBe(["Barrier 2", "Barrier 1"]);
    }

    private static async Task<List<HttpStatusCode>> ReportAsync(FairtradeApp app, int count)
    {
        var anonymous = app.CreateClientAs("anonymous");
        var statuses = new List<HttpStatusCode>();
        for (var report = 1; report <= count; report++)
        {
            statuses.Add((await anonymous.PostAsJsonAsync("/api/accessibility/barriers", new { page = "/", what = $"Barrier {report}" })).StatusCode);
        }

        return statuses;
    }

    private static async Task<string?[]> ListedAsync(FairtradeApp app) =>
        [.. (await app.CreateClientAs("admin").GetJsonAsync("/api/accessibility/barriers")).AsArray().Select(r => (string?)r!["what"])];
}
