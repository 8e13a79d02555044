using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Accessibility;

/// <summary>With mail configured, each barrier report is mailed to the operator's accessibility contact, in the report's language.</summary>
public sealed class BarrierReportMailTests : IAsyncDisposable
{
    private const string Contact = "barrierefreiheit@example.org";

    private readonly LoopbackSmtpServer _smtp = new();
    private readonly FairtradeApp _app;

    public BarrierReportMailTests() => _app = new(settings: new(_smtp.AppSettings()) { ["Fairtrade:AccessibilityContact"] = Contact });

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task AReportIsMailedToTheContactAndTheAdminSeesThatItWas()
    {
        var response = await _app.CreateClientAs("anonymous").PostAsJsonAsync("/api/accessibility/barriers", new
        {
            page = "/towns/bottrop", what = "Die Grafik hat keine Tabelle.", email = "leserin@example.org", language = "de",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);

        var mail = await _smtp.WaitForMessageAsync(m => m.To.Contains(Contact), TimeSpan.FromSeconds(20));

        mail.Subject.ShouldBe("Barriere gemeldet: /towns/bottrop");
        mail.Body.ShouldContain("Die Grafik hat keine Tabelle.");
        mail.Body.ShouldContain("Antwort an: leserin@example.org");
        (await MailedAtAsync()).ShouldNotBeNull();
    }

    /// <summary>When the report was marked mailed: the grain notes it just after the server took the message.</summary>
    private async Task<string?> MailedAtAsync()
    {
        var admin = _app.CreateClientAs("admin");
        for (var look = 0; look < 100; look++)
        {
            if ((string?)(await admin.GetJsonAsync("/api/accessibility/barriers")).AsArray()[0]!["mailedAt"] is { } mailedAt)
            {
                return mailedAt;
            }

            await Task.Delay(100);
        }

        return null;
    }
}
