using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace Fairtrade.Benchmarks;

/// <summary>
/// The renewal workbook of a city with 1,000 participants and 5,000 evidence items, through Kestrel on loopback:
/// reading every participant, building the workbook and sending it. Allocated counts the whole process.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class ExportBenchmarks
{
    private const string WorkbookPath = $"/api/towns/{ListedTown.Slug}/exports/renewal.xlsx?lang=en";
    private LoopbackSilo _silo = null!;
    private HttpClient _coordinator = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _silo = new LoopbackSilo();
        _coordinator = _silo.CreateAdminClient();
        await ListedTown.SeedAsync(_coordinator, participants: 1_000, evidenceEach: 5);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        // The peak memory of the whole process (silo, seeding and all), which the table does not show.
        Console.WriteLine($"// peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        _coordinator.Dispose();
        await _silo.DisposeAsync();
    }

    [Benchmark(Description = "renewal workbook of a 1,000-participant town with 5,000 evidence items")]
    public Task<byte[]> RenewalWorkbook() => _coordinator.GetByteArrayAsync(WorkbookPath);
}
