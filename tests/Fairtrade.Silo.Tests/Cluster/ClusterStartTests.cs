using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;
using Fairtrade.TestServers;

namespace Fairtrade.Silo.Tests.Cluster;

/// <summary>How a cluster starts: one admin token for all its silos, and a silo without its database or Redis stops with the setting named.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterStartTests(PostgresFixture postgres) : IDisposable
{
    private const string Handed = "Admin token: ";
    private readonly string _dataDir = Directory.CreateTempSubdirectory("fairtrade-start-").FullName;

    public void Dispose() => Directory.Delete(_dataDir, recursive: true);

    [Fact]
    public async Task SilosStartingTogetherGenerateOneAdminTokenAndOneAdminForTheWholeCluster()
    {
        await using var cluster = await LocalCluster.StartAsync(postgres, adminToken: null);

        // Each silo hands its token over before it answers /health, so once all three answer, every secrets file is written.
        var secrets = cluster.Launches.Select(launch => Path.Combine(launch.DataDir, "first-start-secrets.txt"))
            .Select(file => File.Exists(file) ? File.ReadAllLines(file) : []).ToArray();
        var handers = Enumerable.Range(0, 3).Where(i => secrets[i].Length > 0).ToArray();

        handers.ShouldHaveSingleItem("the silos that lost the race took their token back");
        var lines = secrets[handers[0]];
        lines.ShouldNotContain(line => line.StartsWith("Admin sign-in", StringComparison.Ordinal), "the admin's password comes from the settings here, so none is generated");
        var token = lines.Single()[Handed.Length..];
        for (var silo = 0; silo < 3; silo++)
        {
            using var admin = cluster[silo].CreateAdminClient(token);
            var created = await admin.PostAsJsonAsync("/api/towns", new { slug = Api.NewSlug(), name = "Aachen", population = 249_070, ruleset = "de-town" });
            created.StatusCode.ShouldBe(HttpStatusCode.Created, $"silo {silo + 1} takes the token silo {handers[0] + 1} generated");
        }
    }

    [Fact]
    public async Task ASiloWhoseDatabaseDoesNotAnswerStopsAndSaysWhichSettingToCheck()
    {
        var output = await FailedStartAsync(new()
        {
            ["Fairtrade__Storage"] = "postgres",
            ["ConnectionStrings__Postgres"] = $"Host=127.0.0.1;Port={LoopbackPorts.Free()};Database=fairtrade;Username=fairtrade;Timeout=3",
        });

        output.ShouldContain("ConnectionStrings__Postgres");
        output.ShouldContain("does not answer");
    }

    [Fact]
    public async Task ASiloWhoseRedisDoesNotAnswerStopsAndSaysWhichSettingToCheck()
    {
        var output = await FailedStartAsync(new()
        {
            ["Fairtrade__Storage"] = "postgres",
            ["ConnectionStrings__Postgres"] = await postgres.Server.CreateDatabaseAsync(),
            ["Fairtrade__Clustering"] = "redis",
            ["ConnectionStrings__Redis"] = $"127.0.0.1:{LoopbackPorts.Free()}",
        });

        output.ShouldContain("ConnectionStrings__Redis");
        output.ShouldContain("does not answer");
    }

    [Theory]
    [InlineData("Fairtrade__Storage=postgres", "needs ConnectionStrings__Postgres")]
    [InlineData("Fairtrade__Storage=mysql", "Fairtrade__Storage is 'mysql'; it is one of sqlite, postgres")]
    [InlineData("Fairtrade__Clustering=redis", "Fairtrade__Clustering=redis needs Fairtrade__Storage=postgres")]
    [InlineData("Fairtrade__AdvertisedAddress=silo1", "Fairtrade__AdvertisedAddress is 'silo1'")]
    public async Task AMissingOrWrongSettingStopsTheStartAndIsNamed(string setting, string message)
    {
        var (name, value) = (setting.Split('=')[0], setting.Split('=')[1]);

        var output = await FailedStartAsync(new() { [name] = value });

        output.ShouldContain(message);
    }

    private async Task<string> FailedStartAsync(Dictionary<string, string> settings)
    {
        await using var silo = SiloProcess.Run(new SiloLaunch(_dataDir) { Environment = settings });

        var exitCode = await silo.WaitForExitAsync(TimeSpan.FromSeconds(60));

        exitCode.ShouldNotBe(0);
        return string.Join('\n', silo.Output);
    }
}
