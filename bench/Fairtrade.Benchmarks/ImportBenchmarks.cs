using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using ClosedXML.Excel;

namespace Fairtrade.Benchmarks;

/// <summary>
/// A coordinator's own list of 1,000 outlets (name, kind, address, products, the date of their declaration)
/// imported into a new town through Kestrel on loopback, end to end: reading the workbook, checking every row,
/// creating 1,000 participants with their evidence, each in the town's status.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class ImportBenchmarks
{
    private const int Outlets = 1_000;
    private LoopbackSilo _silo = null!;
    private HttpClient _coordinator = null!;
    private byte[] _list = null!;
    private string _town = null!;
    private int _towns;

    [GlobalSetup]
    public void Setup()
    {
        _silo = new LoopbackSilo();
        _coordinator = _silo.CreateAdminClient();
        _list = OutletList();
    }

    [IterationSetup]
    public void NewTown()
    {
        _town = $"import-{++_towns}";
        using var created = _coordinator.PostAsync("/api/towns", Json($$"""{"slug":"{{_town}}","name":"Import {{_towns}}","population":600000,"ruleset":"de-town"}"""))
            .GetAwaiter().GetResult();
        created.EnsureSuccessStatusCode();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _coordinator.Dispose();
        await _silo.DisposeAsync();
    }

    [Benchmark(Description = "import a list of 1,000 outlets into a new town")]
    public async Task ImportOutlets()
    {
        using var body = new ByteArrayContent(_list);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var response = await _coordinator.PostAsync($"/api/towns/{_town}/imports?dryRun=false", body);
        response.EnsureSuccessStatusCode();
    }

    private static byte[] OutletList()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Outlets");
        string[] headers = ["Name", "Kind", "Address", "Products", "Evidence dated"];
        for (var column = 0; column < headers.Length; column++)
        {
            sheet.Cell(1, column + 1).Value = headers[column];
        }

        for (var row = 2; row <= Outlets + 1; row++)
        {
            sheet.Cell(row, 1).Value = $"Outlet {row - 1}";
            sheet.Cell(row, 2).Value = row % 3 == 0 ? "catering" : "retail";
            sheet.Cell(row, 3).Value = $"Market street {row - 1}";
            sheet.Cell(row, 4).Value = "Kaffee, Tee";
            sheet.Cell(row, 5).Value = new DateTime(2026, 11, 1);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
