using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Persistence;

/// <summary>Durable on acknowledge, on either storage: a SIGKILL loses no write that was answered.</summary>
public sealed class CrashRecoveryTests(PostgresFixture postgres) : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("fairtrade-crash-").FullName;

    public void Dispose() => Directory.Delete(_dataDir, recursive: true);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task EveryWriteAnsweredBeforeAKillMinusNineIsThereAfterARestart(string storage)
    {
        var launch = storage == "postgres"
            ? new SiloLaunch(_dataDir) { Environment = new Dictionary<string, string> { ["Fairtrade__Storage"] = "postgres", ["ConnectionStrings__Postgres"] = await postgres.Server.CreateDatabaseAsync() } }
            : new SiloLaunch(_dataDir);
        string statusBefore;
        var acknowledged = new List<string>();
        await using (var silo = await SiloProcess.StartAsync(launch))
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

        await using var restarted = await SiloProcess.StartAsync(launch);
        using var client = restarted.CreateAdminClient();

        (await client.GetStringAsync("/api/towns/bottrop/status?asOf=2026-11-25")).ShouldBe(statusBefore);
        var participants = await client.GetJsonAsync("/api/towns/bottrop/participants");
        acknowledged.Count.ShouldBe(20);
        acknowledged.ShouldBeSubsetOf(participants.AsArray().Select(p => (string)p!["id"]!));
        participants.AsArray().Count.ShouldBe(35 + 20);
    }
}
