using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;

namespace Fairtrade.Benchmarks;

/// <summary>
/// What the public town page costs the server for a city with 500 participants, through Kestrel, routing, the
/// security headers, the grain calls and Razor: the whole page, and the status section the live page fetches on
/// each change. Allocated counts the whole process, the silo's side and the client's.
/// </summary>
[MemoryDiagnoser]
// The silo runs with server GC (the web SDK's default); a page that allocates this much depends on it.
[GcServer(true)]
public class PageBenchmarks
{
    private const string PagePath = $"/towns/{ListedTown.Slug}";
    private LoopbackSilo _silo = null!;
    private HttpClient _public = null!;
    private HttpClient _admin = null!;
    private int _changes;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _silo = new LoopbackSilo();
        _admin = _silo.CreateAdminClient();
        var listedOutlets = await ListedTown.SeedAsync(_admin);
        _public = _silo.CreateClient();

        // A page that lists fewer outlets than were seeded would measure a cheaper page than the one we mean.
        var page = await _public.GetStringAsync(PagePath);
        var shown = page.Split("<li><strong>").Length - 1;
        if (shown != listedOutlets)
        {
            throw new InvalidOperationException($"The page lists {shown} outlets, expected {listedOutlets}.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _public.Dispose();
        _admin.Dispose();
        await _silo.DisposeAsync();
    }

    [Benchmark(Description = "town page of a 500-participant town")]
    public Task<byte[]> TownPage() => _public.GetByteArrayAsync(PagePath);

    // What a visitor waits for just after the town changed: the write, then a page whose history is computed afresh.
    [Benchmark(Description = "a change to the town, then its page")]
    public async Task<byte[]> PageAfterAChange()
    {
        using var change = await _admin.PatchAsJsonAsync($"/api/towns/{ListedTown.Slug}", new { population = 320_946 + (++_changes % 2) });
        change.EnsureSuccessStatusCode();
        return await _public.GetByteArrayAsync(PagePath);
    }

    [Benchmark(Description = "its live status section")]
    public Task<byte[]> StatusSection() => _public.GetByteArrayAsync($"{PagePath}?handler=status");

    // The same town's status through the same pipeline: what is left of a page's time is the page's own work.
    [Benchmark(Description = "its status as JSON, for comparison")]
    public Task<byte[]> StatusJson() => _public.GetByteArrayAsync($"/api/towns/{ListedTown.Slug}/status");
}
