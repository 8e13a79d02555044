using System.Net;
using System.Security.Cryptography;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Operations;

/// <summary>A backup made while the silo serves and writes, restored into a new data folder, started on.</summary>
public sealed class BackupRestoreTests : IDisposable
{
    private static readonly string[] Towns = ["bottrop", "aachen"];
    private readonly string _root = Directory.CreateTempSubdirectory("fairtrade-backup-").FullName;

    private string Original => Path.Combine(_root, "original");

    private string Backup => Path.Combine(_root, "backup");

    private string Restored => Path.Combine(_root, "restored");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task ARestoredBackupAnswersAsTheSiloDidWhenTheBackupWasMadeWhileItWasWriting()
    {
        await using var silo = await SiloProcess.StartAsync(new SiloLaunch(Original) { AdminToken = null });
        var (token, password) = await FirstStartSecretsAsync();
        using var admin = silo.CreateAdminClient(token);
        await admin.BuildAllButTheLastShopAsync("bottrop");
        await admin.CreateTownAsync("aachen");
        await admin.PostOkAsync("/api/towns/aachen/participants", new { id = "shop", kind = "retail", name = "Weltladen" });
        foreach (var size in new[] { 3_000, 300_000, 1_200_000 })
        {
            (await admin.UploadAsync("aachen", "shop", Samples.Jpeg(size))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var cookies = new CookieContainer();
        using (var browser = Sessions.NewBrowserClient(silo.Address, cookies))
        {
            (await browser.PostLoginAsync("admin", password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var atBackup = await TownsAsync(admin);
        await admin.CreateTownAsync("busy");
        var writes = new BusyTown(admin, "busy");
        await writes.StartedAsync();
        var backup = await SiloCommand.RunAsync("backup", Backup, $"--Fairtrade:DataDir={Original}");
        await writes.StopAsync();
        await admin.PostOkAsync("/api/towns/aachen/participants", new { id = "after-backup", kind = "retail", name = "Later" });
        (await admin.UploadAsync("aachen", "shop", Samples.Jpeg(10_000))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var restore = await SiloCommand.RunAsync("restore", Backup, $"--Fairtrade:DataDir={Restored}");
        await using var copy = await SiloProcess.StartAsync(new SiloLaunch(Restored) { AdminToken = null });
        using var restoredAdmin = copy.CreateAdminClient(token);
        using var restoredBrowser = Sessions.NewBrowserClient(copy.Address, cookies);

        backup.ExitCode.ShouldBe(0, backup.Output);
        restore.ExitCode.ShouldBe(0, restore.Output);
        (await TownsAsync(restoredAdmin)).ShouldBe(atBackup, "every answer as at the backup, and nothing written after it");
        await EveryEvidenceFileIsThereWithItsHashAsync(restoredAdmin, "busy");
        (await restoredBrowser.WhoAsync()).ShouldBe("admin", "the cookie keys came along, so a session from before holds");
    }

    private async Task<(string Token, string Password)> FirstStartSecretsAsync()
    {
        var file = Path.Combine(Original, "first-start-secrets.txt");
        for (var attempt = 0; attempt < 100 && !(File.Exists(file) && File.ReadAllLines(file).Length == 2); attempt++)
        {
            await Task.Delay(100);
        }

        var lines = await File.ReadAllLinesAsync(file);
        return (lines.Single(l => l.StartsWith("Admin token: ", StringComparison.Ordinal))["Admin token: ".Length..],
            lines.Single(l => l.StartsWith("Admin sign-in: ", StringComparison.Ordinal)).Split("password ")[1]);
    }

    /// <summary>Each town's status, participants and evidence as the API answers them, and the SHA-256 of every evidence file it serves.</summary>
    private static async Task<string[]> TownsAsync(HttpClient client)
    {
        var answers = new List<string>();
        foreach (var town in Towns)
        {
            answers.Add(await client.GetStringAsync($"/api/towns/{town}/status?asOf=2026-11-25"));
            answers.Add(await client.GetStringAsync($"/api/towns/{town}/participants"));
            var evidence = await client.GetJsonAsync($"/api/towns/{town}/evidence");
            answers.Add(evidence.ToJsonString());
            foreach (var id in evidence.AsArray().Where(e => e!["file"] is not null).Select(e => (string)e!["id"]!))
            {
                answers.Add($"{id} {Convert.ToHexStringLower(SHA256.HashData(await client.GetByteArrayAsync($"/api/towns/{town}/evidence/{id}/file")))}");
            }
        }

        return [.. answers];
    }

    private static async Task EveryEvidenceFileIsThereWithItsHashAsync(HttpClient client, string town)
    {
        foreach (var evidence in (await client.GetJsonAsync($"/api/towns/{town}/evidence")).AsArray())
        {
            var file = await client.GetByteArrayAsync($"/api/towns/{town}/evidence/{(string)evidence!["id"]!}/file");
            Convert.ToHexStringLower(SHA256.HashData(file)).ShouldBe((string)evidence["file"]!["sha256"]!);
        }
    }
}
