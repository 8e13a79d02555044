using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Persistence;

/// <summary>
/// Twenty times: the silo process serves three clients writing participants, evidence files and reviews at once, is
/// killed with SIGKILL in the middle of their writes, and is started again on the same data folder.
/// </summary>
public sealed class CrashCycleTests : IDisposable
{
    private const int Cycles = 20;
    private const int Writers = 3;
    private const string Town = "crash";
    private readonly string _dataDir = Directory.CreateTempSubdirectory("fairtrade-cycles-").FullName;

    public void Dispose() => Directory.Delete(_dataDir, recursive: true);

    [Fact]
    public async Task KillsMidWriteLoseNoAnsweredWriteAndLeaveNothingHalfWritten()
    {
        var launch = new SiloLaunch(_dataDir);
        var acknowledged = new AcknowledgedWrites();
        var files = new StoredFiles(_dataDir);
        for (var cycle = 0; cycle <= Cycles; cycle++)
        {
            await using var silo = await SiloProcess.StartAsync(launch);
            using var admin = silo.CreateAdminClient();
            if (cycle == 0)
            {
                await admin.CreateTownAsync(Town);
            }

            await acknowledged.AreAllThereAsync(admin, Town);
            await EveryEvidenceHasItsWholeFileAsync(admin, files);
            (await admin.GetAsync($"/api/towns/{Town}/status")).IsSuccessStatusCode.ShouldBeTrue("the status answers");
            if (cycle == Cycles)
            {
                break;
            }

            // The kill comes after a random number of answered writes, while the other writers are in the middle of theirs.
            var killMoment = acknowledged.AfterAsync(Random.Shared.Next(1, 12));
            var writers = Enumerable.Range(0, Writers).Select(w => CrashWriter.RunAsync(admin, Town, $"c{cycle}w{w}", acknowledged)).ToArray();
            await Task.WhenAny(killMoment, Task.WhenAll(writers));
            await silo.KillAsync();
            await Task.WhenAll(writers);
        }

        acknowledged.Refusals.ShouldBeEmpty();
        acknowledged.Count.ShouldBeGreaterThan(Cycles * 2);
    }

    /// <summary>Each evidence the silo lists, answered or not, has its file in the store, whole; and the store holds no torn file.</summary>
    private static async Task EveryEvidenceHasItsWholeFileAsync(HttpClient admin, StoredFiles files)
    {
        files.AreWhole();
        var evidence = (await admin.GetJsonAsync($"/api/towns/{Town}/evidence")).AsArray();
        evidence.Select(e => (string?)e!["file"]?["sha256"]).Where(sha256 => sha256 is null || !files.Holds(sha256))
            .ShouldBeEmpty("listed evidence without its file");
    }
}
