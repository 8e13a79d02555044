using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Accessibility;

/// <summary>Anyone may report a barrier without an account; bad reports are refused naming the field; the admin reads them.</summary>
[Collection(AppCollection.Name)]
public sealed class BarrierReportTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;
    private readonly HttpClient _anonymous = fixture.Anonymous;

    [Fact]
    public async Task AReportFromAnyoneIsStoredAndListedNewestFirstForTheAdminOnly()
    {
        var response = await _anonymous.PostAsJsonAsync("/api/accessibility/barriers", new
        {
            page = "/towns/bottrop", what = "The chart has no table.\nMy screen reader says 'image'.", email = "reader@example.org", language = "en",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (string)(await response.JsonAsync())["id"]!;
        var newest = (await _admin.GetJsonAsync("/api/accessibility/barriers")).AsArray()[0]!;
        ((string?)newest["id"]).ShouldBe(id);
        ((string?)newest["page"]).ShouldBe("/towns/bottrop");
        ((string?)newest["what"]).ShouldBe("The chart has no table.\nMy screen reader says 'image'.");
        ((string?)newest["email"]).ShouldBe("reader@example.org");
        ((string?)newest["language"]).ShouldBe("en");
        ((string?)newest["mailedAt"]).ShouldBeNull("no mail is configured");
        (await _anonymous.GetAsync("/api/accessibility/barriers")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AReportNeedsNoAddressForAnAnswerNorALanguage()
    {
        var response = await _anonymous.PostAsJsonAsync("/api/accessibility/barriers", new { page = "Startseite", what = "Zu kleine Schrift" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var report = await response.JsonAsync();
        report["email"].ShouldBeNull();
        report["language"].ShouldBeNull();
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesReportsAndThatOnlyTheListNeedsAToken()
    {
        var path = (await _anonymous.GetJsonAsync("/openapi/v1.json"))["paths"]!["/api/accessibility/barriers"]!;

        path["post"]!["security"]!.AsArray().ShouldBeEmpty("anyone may report a barrier");
        path["post"]!["responses"]!.AsObject().Select(r => r.Key).ShouldBe(["201", "400", "429", "503"], ignoreOrder: true);
        path["get"]!["security"].ShouldNotBeNull("the reports are the admin's");
    }

    [Theory]
    [InlineData("missing page", """{"what":"x"}""", "page")]
    [InlineData("blank page", """{"page":"   ","what":"x"}""", "page")]
    [InlineData("page over two lines", """{"page":"/towns\nBcc: x@example.org","what":"x"}""", "page")]
    [InlineData("page too long", """{"page":"LONG301","what":"x"}""", "page")]
    [InlineData("missing what", """{"page":"/"}""", "what")]
    [InlineData("blank what", """{"page":"/","what":" \n "}""", "what")]
    [InlineData("what too long", """{"page":"/","what":"LONG4001"}""", "what")]
    [InlineData("email not an address", """{"page":"/","what":"x","email":"reader at example"}""", "email")]
    [InlineData("email with a header in it", """{"page":"/","what":"x","email":"a@example.org\r\nBcc: b@example.org"}""", "email")]
    [InlineData("language we do not speak", """{"page":"/","what":"x","language":"xx"}""", "language")]
    [InlineData("unknown field", """{"page":"/","what":"x","phone":"0201"}""", "phone")]
    public async Task ABadReportIsRefusedNamingTheFieldAndNothingIsStored(string why, string json, string field)
    {
        var before = (await _admin.GetJsonAsync("/api/accessibility/barriers")).AsArray().Count;
        json = json.Replace("LONG301", new string('a', 301), StringComparison.Ordinal).Replace("LONG4001", new string('a', 4001), StringComparison.Ordinal);

        var response = await _anonymous.PostRawAsync("/api/accessibility/barriers", json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, why);
        (await response.ProblemAsync()).ErrorFields().ShouldContain(field, why);
        (await _admin.GetJsonAsync("/api/accessibility/barriers")).AsArray().Count.ShouldBe(before, why);
    }
}
