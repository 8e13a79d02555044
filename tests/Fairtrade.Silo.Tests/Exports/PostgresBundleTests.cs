using System.IO.Compression;
using System.Net;
using Fairtrade.Grains.Storage;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Exports;

/// <summary>The evidence bundle of a silo that keeps its files in PostgreSQL, as a cluster's silos do.</summary>
public sealed class PostgresBundleTests(PostgresFixture postgres) : IAsyncLifetime
{
    private FairtradeApp _app = null!;
    private string _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await postgres.Server.CreateDatabaseAsync();
        _app = new FairtradeApp(settings: new() { ["Fairtrade:Storage"] = "postgres", ["ConnectionStrings:Postgres"] = _database });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task TheBundleStreamsTheFilesOutOfTheDatabase()
    {
        using var admin = _app.CreateClientAs("admin");
        var (slug, photos) = await TownWithPhotosAsync(admin);

        using var zip = new ZipArchive(new MemoryStream(await admin.GetByteArrayAsync($"/api/towns/{slug}/exports/evidence.zip?asOf=2026-11-25")));

        foreach (var (shop, photo) in photos)
        {
            var entry = zip.Entries.Single(e => e.FullName.StartsWith($"retail-catering/{shop}/", StringComparison.Ordinal));
            await using var content = await entry.OpenAsync();
            var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            copy.ToArray().ShouldBe(photo);
        }

        zip.Entries.Select(e => e.FullName).ShouldContain("index.html");
    }

    [Fact]
    public async Task AFileThatCannotBeReadBreaksTheDownloadOffInsteadOfLeavingItOutOfAZipThatLooksWhole()
    {
        using var admin = _app.CreateClientAs("admin");
        var (slug, _) = await TownWithPhotosAsync(admin);
        await using (var database = new PostgresDatabase(_database))
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        await using (var lose = connection.Command("DELETE FROM file_chunk WHERE seq = 1;"))
        {
            await lose.ExecuteNonQueryAsync();
        }

        var download = await Record.ExceptionAsync(async () =>
        {
            using var zip = new ZipArchive(new MemoryStream(await admin.GetByteArrayAsync($"/api/towns/{slug}/exports/evidence.zip?asOf=2026-11-25")));
            _ = zip.Entries.Count;
        });

        download.ShouldNotBeNull("a bundle missing a file must not arrive as a complete zip");
    }

    private static async Task<(string Slug, (string Shop, byte[] Photo)[] Photos)> TownWithPhotosAsync(HttpClient admin)
    {
        var slug = Api.NewSlug();
        await admin.CreateTownAsync(slug);
        var photos = new List<(string, byte[])>();
        foreach (var shop in new[] { "weltladen", "rewe" })
        {
            await admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = shop, kind = "retail", name = shop, products = new[] { "Kaffee", "Tee" } });
            var photo = Samples.Jpeg(600_000);
            (await admin.UploadAsync(slug, shop, photo, effectiveDate: "2026-11-20")).StatusCode.ShouldBe(HttpStatusCode.Created);
            photos.Add((shop, photo));
        }

        return (slug, [.. photos]);
    }
}
