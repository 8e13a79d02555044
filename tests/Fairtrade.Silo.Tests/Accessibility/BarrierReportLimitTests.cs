using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Accessibility;

/// <summary>Barrier reports from one address are limited per hour (here 3), so nobody can flood the admin's list.</summary>
public sealed class BarrierReportLimitTests : IAsyncLifetime
{
    private readonly FairtradeApp _app = new(settings: new() { ["Fairtrade:Limits:BarrierReportsPerHour"] = "3" });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task TheFourthReportOfAnHourFromOneAddressIs429WithRetryAfterAndIsNotStored()
    {
        var anonymous = _app.CreateClientAs("anonymous");
        var statuses = new List<HttpStatusCode>();
        for (var report = 1; report <= 3; report++)
        {
            statuses.Add((await anonymous.PostAsJsonAsync("/api/accessibility/barriers", new { page = "/", what = $"Barrier {report}" })).StatusCode);
        }

        using var limited = await anonymous.PostAsJsonAsync("/api/accessibility/barriers", new { page = "/", what = "Barrier 4" });

        statuses.ShouldAllBe(status => status == HttpStatusCode.Created);
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(limited.Headers.GetValues("Retry-After").Single()).ShouldBeInRange(1, 3600);
        (await _app.CreateClientAs("admin").GetJsonAsync("/api/accessibility/barriers")).AsArray()
            .Select(r => (string?)r!["what"]).ShouldBe(["Barrier 3", "Barrier 2", "Barrier 1"]);
    }
}
