using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using CsCheck;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Imports;

/// <summary>
/// The renewal workbook, exported and then mangled at random (cell values, sheets and columns, bytes of its parts),
/// posted to the import: whatever arrives, the answer is one the contract knows and never a server error. Runs for
/// <c>FAIRTRADE_FUZZ_SECONDS</c> (20 by default); a failure prints the seed, which <c>CsCheck_Seed=…</c> replays.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ImportFuzzTests(AppFixture fixture)
{
    private static readonly HttpStatusCode[] Answers =
    [
        HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnsupportedMediaType, HttpStatusCode.UnprocessableEntity,
    ];

    private static readonly Gen<object> Values = Gen.OneOf<object>(
        Gen.String[0, 40].Select(s => (object)s),
        Gen.Int[1, 40_000].Select(n => (object)new string('x', n)),
        Gen.Char['\0', '\u001f'].Array[1, 4].Select(c => (object)$"Welt{new string(c)}laden"),
        Gen.OneOfConst("1+1", "A1", "WEBSERVICE(\"http://127.0.0.1:9/\")", "1/0", "INDIRECT(\"A1\")", "REPT(\"x\",32767)").Select(f => (object)new Formula(f)),
        Gen.DateTime.Select(d => (object)d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        Gen.DateTime[new DateTime(1900, 3, 1), new DateTime(2100, 1, 1)].Select(d => (object)d.Date),
        Gen.Double.Select(d => (object)d.ToString(CultureInfo.InvariantCulture)),
        Gen.Double[-1e9, 1e9].Select(d => (object)d),
        Gen.Bool.Select(b => (object)b),
        Gen.OneOfConst<object>("", " ", "ja", "nein", "retail", "Einzelhandel", "civil-society", "#N/A", "Retail", "Steering group"));

    private static readonly Gen<CellEdit> CellEdits = Gen.Select(Gen.Int[0, 8], Gen.Int[1, 12], Gen.Int[1, 14], Values, (s, r, c, v) => new CellEdit(s, r, c, v));

    private static readonly Gen<SheetEdit> SheetEdits = Gen.Select(Gen.Int[0, 8], Gen.Enum<SheetChange>(), Gen.Int[1, 13], (s, change, c) => new SheetEdit(s, change, c));

    private static readonly Gen<ByteFlip> Flips = Gen.Select(Gen.Int[0, 40], Gen.Int[0, int.MaxValue], Gen.Byte[1, 255], (p, at, x) => new ByteFlip(p, at, x));

    private static readonly Gen<MangledWorkbook> Cases = Gen.Select(
        Gen.Bool, CellEdits.Array[0, 8], SheetEdits.Array[0, 3],
        Gen.Frequency((4, Gen.Const(Array.Empty<ByteFlip>())), (1, Flips.Array[1, 3])),
        Gen.Frequency((9, Gen.Const((ByteFlip?)null)), (1, Flips.Select(f => (ByteFlip?)f))),
        Gen.Frequency((4, Gen.Const(true)), (1, Gen.Const(false))),
        (german, cells, sheets, partFlips, fileFlip, dryRun) => new MangledWorkbook(german, cells, sheets, partFlips, fileFlip, dryRun));

    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task AMangledWorkbookIsAlwaysAnsweredAsTheContractSays()
    {
        var slug = Api.NewSlug("fuzz");
        await _admin.BuildAllButTheLastShopAsync(slug);
        var exported = new Dictionary<bool, byte[]> { [true] = await _admin.ExportAsync(slug, "de"), [false] = await _admin.ExportAsync(slug, "en") };
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("FAIRTRADE_FUZZ_SECONDS"), out var s) ? s : 20;

        var answered = new ConcurrentDictionary<HttpStatusCode, int>();
        var output = TestContext.Current.TestOutputHelper;

        await Cases.SampleAsync(async fuzz =>
        {
            var (status, body) = await _admin.ImportAsync(slug, fuzz.Build(exported[fuzz.German]), fuzz.DryRun);
            answered.AddOrUpdate(status, 1, (_, n) => n + 1);

            status.ShouldBeOneOf(Answers, body.ToJsonString()[..Math.Min(2_000, body.ToJsonString().Length)]);
            if (status is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity)
            {
                body["errors"]!.AsArray().Count.ShouldBeLessThanOrEqualTo(201);
            }
        }, writeLine: line => output?.WriteLine(line), iter: -1, time: seconds, threads: 2, print: fuzz => fuzz.ToString());

        output?.WriteLine(string.Join(", ", answered.OrderBy(a => a.Key).Select(a => $"{(int)a.Key}: {a.Value}")));

        await _admin.ShouldStillImportAsync();
    }
}
