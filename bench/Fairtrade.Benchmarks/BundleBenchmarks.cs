using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Fairtrade.TestServers;

namespace Fairtrade.Benchmarks;

/// <summary>
/// The evidence bundle of a town whose shops sent 48 photos of 8 MiB each (384 MiB of files), read through Kestrel
/// on loopback and thrown away as it arrives, as a download is. What the bundle allocates must not grow with its size.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class BundleBenchmarks
{
    private const string Slug = "dortmund";
    private const int Photos = 48;
    private const int PhotoBytes = 8 * 1024 * 1024;
    private static readonly string[] Products = ["Kaffee", "Tee"];
    private PostgresServer? _postgres;
    private LoopbackSilo _silo = null!;
    private HttpClient _coordinator = null!;

    /// <summary>Where the files are: on disk (the embedded default) or in PostgreSQL (a cluster).</summary>
    [Params("sqlite", "postgres")]
    public string Storage { get; set; } = "sqlite";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _postgres = Storage == "postgres" ? await PostgresServer.StartAsync() : null;
        _silo = new LoopbackSilo(_postgres is null ? null : await _postgres.CreateDatabaseAsync());
        _coordinator = _silo.CreateAdminClient();
        (await _coordinator.PostAsync("/api/towns", Json(new { slug = Slug, name = "Dortmund", population = 586_852, ruleset = "de-town" }))).EnsureSuccessStatusCode();
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        for (var i = 0; i < Photos; i++)
        {
            (await _coordinator.PostAsync($"/api/towns/{Slug}/participants", Json(new { id = $"shop-{i}", kind = "retail", name = $"Shop {i}", products = Products })))
                .EnsureSuccessStatusCode();
            using var form = new MultipartFormDataContent
            {
                { new StringContent($"shop-{i}"), "subject" }, { new StringContent("photo"), "kind" },
                { new StringContent(today.ToString("yyyy-MM-dd")), "effectiveDate" }, { new ByteArrayContent(Jpeg(i)), "file", $"shelf-{i}.jpg" },
            };
            (await _coordinator.PostAsync($"/api/towns/{Slug}/evidence", form)).EnsureSuccessStatusCode();
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        Console.WriteLine($"// peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        _coordinator.Dispose();
        await _silo.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

    [Benchmark(Description = "evidence bundle with 48 photos of 8 MiB (384 MiB)")]
    public async Task<long> EvidenceBundle()
    {
        using var response = await _coordinator.GetAsync($"/api/towns/{Slug}/exports/evidence.zip", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            length += read;
        }

        return length;
    }

    /// <summary>A JPEG's signature and different bytes for each photo, so every file is stored apart.</summary>
    private static byte[] Jpeg(int seed)
    {
        var bytes = new byte[PhotoBytes];
        new Random(seed).NextBytes(bytes);
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        bytes[3] = 0xE0;
        return bytes;
    }

    private static StringContent Json(object value) =>
        new(System.Text.Json.JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");
}
