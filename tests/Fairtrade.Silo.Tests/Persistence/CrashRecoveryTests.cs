using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Persistence;

public sealed class CrashRecoveryTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("fairtrade-crash-").FullName;

    public void Dispose() => Directory.Delete(_dataDir, recursive: true);

    [Fact]
    public async Task EveryWriteAnsweredBeforeAKillMinusNineIsThereAfterARestart()
    {
        string statusBefore;
        var acknowledged = new List<string>();
        await using (var silo = await SiloProcess.StartAsync(_dataDir))
        {
            using var admin = silo.CreateAdminClient();
            await admin.BuildAllButTheLastShopAsync("bottrop");
            for (var i = 1; i <= 20; i++)
            {
                var response = await admin.PostAsJsonAsync("/api/towns/bottrop/participants", new { id = $"late-{i}", kind = "retail", name = $"Late {i}" });
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add($"late-{i}");
                }
            }

            statusBefore = await admin.GetStringAsync("/api/towns/bottrop/status?asOf=2026-11-25");
            await silo.KillAsync();
        }

        await using var restarted = await SiloProcess.StartAsync(_dataDir);
        using var client = restarted.CreateAdminClient();

        (await client.GetStringAsync("/api/towns/bottrop/status?asOf=2026-11-25")).ShouldBe(statusBefore);
        var participants = await client.GetJsonAsync("/api/towns/bottrop/participants");
        acknowledged.Count.ShouldBe(20);
        acknowledged.ShouldBeSubsetOf(participants.AsArray().Select(p => (string)p!["id"]!));
        participants.AsArray().Count.ShouldBe(35 + 20);
    }
}
