using System.Net;
using System.Net.Http.Json;
using System.Text;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Participants;

/// <summary>
/// A participant's personal data erased on request is gone from every answer and from the database's bytes: its
/// contact, as it is and as the audit trail held it, its files' names, its reminders' recipient and greeting.
/// </summary>
public sealed class PersonalDataErasureTests : IAsyncDisposable
{
    private const string Address = "erase.me@example.org";
    private const string Person = "Erika Mustermann";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly LoopbackSmtpServer _smtp = new();
    private readonly string _slug = Api.NewSlug();
    private readonly FairtradeApp _app;
    private readonly HttpClient _admin;

    public PersonalDataErasureTests()
    {
        _app = new FairtradeApp(settings: _smtp.AppSettings());
        _admin = _app.CreateClientAs("admin");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task ErasedContactDataIsNowhereInTheAnswersNorInTheDatabaseFile()
    {
        await _admin.CreateTownAsync(_slug);
        await _admin.PostOkAsync($"/api/towns/{_slug}/participants", new
        {
            id = "kiosk", kind = "retail", name = "Kiosk am Markt", products = new[] { "Kaffee", "Tee" },
            contact = new { person = Person, email = Address, phone = "0201 7788991" },
        });
        (await _admin.PatchAsync($"/api/towns/{_slug}/participants/kiosk", JsonContent.Create(new { contact = new { person = Person, email = Address, phone = "0201 7788992" } })))
            .EnsureSuccessStatusCode();
        (await _admin.UploadAsync(_slug, "kiosk", Samples.Jpeg(3_000), fileName: $"{Person} Erklärung.jpg", kind: "declaration", effectiveDate: "2024-12-27"))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        (await _smtp.WaitForMessageAsync(m => m.To.Contains(Address), Patience)).Body.ShouldContain($"Guten Tag {Person}");
        await _admin.PostOkAsync($"/api/towns/{_slug}/evidence", new { subject = "kiosk", kind = "other", effectiveDate = "2026-11-20", note = $"Signed by {Person}." });
        (await _admin.GetStringAsync($"/api/towns/{_slug}/audit")).ShouldContain(Address);

        var response = await _admin.DeleteAsync($"/api/towns/{_slug}/participants/kiosk/personal-data");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var kiosk = await _admin.GetJsonAsync($"/api/towns/{_slug}/participants/kiosk");
        kiosk["contact"].ShouldBeNull();
        kiosk["evidence"]!.AsArray().Select(e => (string?)e!["file"]?["name"]).ShouldContain("declaration.jpg");
        kiosk["evidence"]!.AsArray().Select(e => (string?)e!["note"]).ShouldContain("Signed by (erased).");
        var audit = await _admin.GetStringAsync($"/api/towns/{_slug}/audit");
        audit.ShouldContain("participant.personal-data-erased");
        var notifications = await _admin.GetJsonAsync($"/api/towns/{_slug}/notifications");
        notifications.AsArray().Select(n => (string?)n!["recipient"]).ShouldContain("(erased)");
        foreach (var erased in new[] { Address, "Mustermann", "7788991", "7788992" })
        {
            audit.ShouldNotContain(erased, Case.Insensitive);
            notifications.ToJsonString().ShouldNotContain(erased, Case.Insensitive);
            kiosk.ToJsonString().ShouldNotContain(erased, Case.Insensitive);
            DatabaseFilesHold(erased).ShouldBeEmpty($"the bytes of '{erased}'");
        }
    }

    /// <summary>The database's files (the file and its write-ahead log) that hold the text's UTF-8 bytes, read while the app runs.</summary>
    private string[] DatabaseFilesHold(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return [.. Directory.GetFiles(_app.DataDir, "fairtrade.db*").Where(path =>
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            file.CopyTo(copy);
            return copy.ToArray().AsSpan().IndexOf(bytes) >= 0;
        })];
    }
}
