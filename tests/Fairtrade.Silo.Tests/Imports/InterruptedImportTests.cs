using System.Net;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Imports;

/// <summary>A silo killed with -9 while an import of 1,000 shops is being applied: after the restart, the town has all of them.</summary>
public sealed class InterruptedImportTests(PostgresFixture postgres) : IDisposable
{
    private const int Shops = 1_000;
    private readonly string _dataDir = Directory.CreateTempSubdirectory("fairtrade-import-crash-").FullName;

    public void Dispose() => Directory.Delete(_dataDir, recursive: true);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AnImportKilledHalfWayIsAppliedWholeOnceTheSiloIsBack(string storage)
    {
        var launch = storage == "postgres"
            ? new SiloLaunch(_dataDir) { Environment = new Dictionary<string, string> { ["Fairtrade__Storage"] = "postgres", ["ConnectionStrings__Postgres"] = await postgres.Server.CreateDatabaseAsync() } }
            : new SiloLaunch(_dataDir);
        var list = Workbooks.List("Liste", ["Name", "Art"], [.. Enumerable.Range(1, Shops).Select(i => new object?[] { $"Shop {i}", "Einzelhandel" })]);
        int seenBeforeTheKill;
        await using (var silo = await SiloProcess.StartAsync(launch))
        {
            using var admin = silo.CreateAdminClient();
            await admin.CreateTownAsync("bottrop");
            var import = admin.ImportAsync("bottrop", list);
            seenBeforeTheKill = await WhileAppliedInPartAsync(admin, import);
            await silo.KillAsync();
            await Should.ThrowAsync<HttpRequestException>(import);
        }

        seenBeforeTheKill.ShouldBeInRange(1, Shops - 1, "the kill came while the import was being applied");
        await using var restarted = await SiloProcess.StartAsync(launch);
        using var client = restarted.CreateAdminClient();

        var names = await ParticipantsOnceAllAreBackAsync(client);

        names.Order().ShouldBe(Enumerable.Range(1, Shops).Select(i => $"Shop {i}").Order());
        var audit = (await client.GetJsonAsync("/api/towns/bottrop/audit")).AsArray();
        audit.Count(e => (string)e!["action"]! == "participant.created").ShouldBe(Shops, "each shop's creation is audited once, applied again or not");
        var again = await client.ImportAsync("bottrop", list);
        again.Status.ShouldBe(HttpStatusCode.OK, again.Body.ToJsonString());
        ((int)again.Body["created"]!).ShouldBe(0, "the interrupted import was applied whole");
        ((int)again.Body["unchanged"]!).ShouldBe(Shops);
    }

    /// <summary>How many shops the town lists once it lists some but not all, the import still running.</summary>
    private static async Task<int> WhileAppliedInPartAsync(HttpClient admin, Task<(HttpStatusCode Status, JsonNode Body)> import)
    {
        while (!import.IsCompleted)
        {
            var count = (await admin.GetJsonAsync("/api/towns/bottrop/participants")).AsArray().Count;
            if (count is > 0 and < Shops)
            {
                return count;
            }

            await Task.Delay(50);
        }

        var (status, report) = await import;
        throw new InvalidOperationException($"The import ended ({status}: {report.ToJsonString()}) before it was seen half applied.");
    }

    /// <summary>
    /// The town's participants, asked for as a coordinator would after the restart, until the last steps the restart
    /// resumed are in (the first request wakes the town, which resumes them).
    /// </summary>
    private static async Task<string[]> ParticipantsOnceAllAreBackAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var participants = (await client.GetJsonAsync("/api/towns/bottrop/participants")).AsArray();
            if (participants.Count >= Shops || DateTime.UtcNow > deadline)
            {
                return [.. participants.Select(p => (string)p!["name"]!)];
            }

            await Task.Delay(200);
        }
    }
}
