using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Http;

/// <summary>
/// Names reach e-mail subjects, workbook cells and one-line lists: a line break or another control character in one
/// is a 400 naming the field, and nothing is stored or changed.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SingleLineNameTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    /// <summary>Method, path ({slug}: a town with the participant <c>p</c>; {new}: an unused slug), body, the field named, and what to read before and after.</summary>
    public static TheoryData<string, string, string, string, string> BadNames => new()
    {
        { "POST", "/api/towns", """{"slug":"{new}","name":"Bottrop\nStadt","population":1000,"ruleset":"de-town"}""", "name", "/api/towns/{new}" },
        { "PATCH", "/api/towns/{slug}", """{"name":"Bottrop\r\nBcc: x@example.org"}""", "name", "/api/towns/{slug}" },
        { "POST", "/api/towns/{slug}/participants", """{"id":"q","kind":"retail","name":"Café\nMokka"}""", "name", "/api/towns/{slug}/participants/q" },
        { "POST", "/api/towns/{slug}/participants", """{"id":"q","kind":"retail","name":"Café\u2028Mokka"}""", "name", "/api/towns/{slug}/participants/q" },
        { "POST", "/api/towns/{slug}/participants", """{"id":"q","kind":"retail","name":"Q","chain":"Rewe\tNord"}""", "chain", "/api/towns/{slug}/participants/q" },
        { "POST", "/api/towns/{slug}/participants", """{"id":"q","kind":"retail","name":"Q","contact":{"person":"Frau\u0085Müller"}}""", "contact.person", "/api/towns/{slug}/participants/q" },
        { "POST", "/api/towns/{slug}/participants", """{"id":"q","kind":"retail","name":"Q","contact":{"email":"a\u0007b@example.org"}}""", "contact.email", "/api/towns/{slug}/participants/q" },
        { "PATCH", "/api/towns/{slug}/participants/p", """{"name":"P\nBcc: x@example.org"}""", "name", "/api/towns/{slug}/participants/p" },
        { "PATCH", "/api/towns/{slug}/participants/p", """{"contact":{"person":"Herr\rMeier"}}""", "contact.person", "/api/towns/{slug}/participants/p" },
        { "POST", "/api/towns/{slug}/participants/p/activities", """{"date":"2026-11-20","title":"Fair\nBreakfast"}""", "title", "/api/towns/{slug}/participants/p" },
        { "POST", "/api/towns/{slug}/steering-group", """{"name":"Anna\nWeber","sector":"politics"}""", "name", "/api/towns/{slug}/steering-group" },
        { "POST", "/api/towns/{slug}/steering-group", """{"name":"Anna Weber","sector":"politics","organisation":"Rat\u0000"}""", "organisation", "/api/towns/{slug}/steering-group" },
        { "POST", "/api/towns/{slug}/media", """{"publishedOn":"2026-11-01","outlet":"WAZ","title":"Fair\ngehandelt"}""", "title", "/api/towns/{slug}/media" },
        { "POST", "/api/towns/{slug}/media", """{"publishedOn":"2026-11-01","outlet":"W\u001bAZ","title":"Fair"}""", "outlet", "/api/towns/{slug}/media" },
        { "PUT", "/api/towns/{slug}/notification-settings", """{"coordinatorEmail":"a\u0007b@example.org"}""", "coordinatorEmail", "/api/towns/{slug}/notification-settings" },
    };

    [Theory]
    [MemberData(nameof(BadNames))]
    public async Task ANameWithALineBreakOrControlCharacterIsRefusedNamingTheFieldAndNothingChanges(
        string method, string path, string json, string field, string readPath)
    {
        var (slug, unused) = (Api.NewSlug(), Api.NewSlug());
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "p", kind = "retail", name = "P", products = new[] { "Kaffee", "Tee" } });
        string Fill(string text) => text.Replace("{slug}", slug, StringComparison.Ordinal).Replace("{new}", unused, StringComparison.Ordinal);
        var before = await ReadAsync(Fill(readPath));

        using var request = new HttpRequestMessage(new HttpMethod(method), Fill(path)) { Content = Api.RawJson(Fill(json)) };
        var response = await _admin.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, json);
        (await response.ProblemAsync()).ErrorFields().ShouldBe([field], json);
        (await ReadAsync(Fill(readPath))).ShouldBe(before, json);
    }

    private async Task<string> ReadAsync(string path)
    {
        // A 404's body carries a trace id of its own: the status says all.
        var response = await _admin.GetAsync(path);
        return response.StatusCode == HttpStatusCode.NotFound ? "404" : $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }
}
