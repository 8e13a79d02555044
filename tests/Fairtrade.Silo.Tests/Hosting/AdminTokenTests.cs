using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Hosting;

public sealed class AdminTokenTests : IDisposable
{
    private const string Handed = "Admin token: ";
    private readonly string _dataDir = Directory.CreateTempSubdirectory("fairtrade-token-").FullName;

    public void Dispose() => Directory.Delete(_dataDir, recursive: true);

    [Fact]
    public async Task WithoutAConfiguredTokenOneIsHandedOverOnceAndOnlyItsHashIsKept()
    {
        string token;
        var secrets = Path.Combine(_dataDir, "first-start-secrets.txt");
        await using (var first = await SiloProcess.StartAsync(_dataDir, adminToken: null))
        {
            token = (await File.ReadAllLinesAsync(secrets)).Single(line => line.StartsWith(Handed, StringComparison.Ordinal))[Handed.Length..];
            File.Delete(secrets);
            using var admin = first.CreateAdminClient(token);
            (await admin.PostAsJsonAsync("/api/towns", new { slug = "aachen", name = "Aachen", population = 249_070, ruleset = "de-town" }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        await using var second = await SiloProcess.StartAsync(_dataDir, adminToken: null);
        using var again = second.CreateAdminClient(token);
        using var wrong = second.CreateAdminClient(token + "x");

        token.Length.ShouldBeGreaterThanOrEqualTo(40);
        File.Exists(secrets).ShouldBeFalse("no new token is generated");
        (await again.PatchAsJsonAsync("/api/towns/aachen", new { population = 250_000 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await wrong.PatchAsJsonAsync("/api/towns/aachen", new { population = 1 })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var stored = await File.ReadAllTextAsync(Path.Combine(_dataDir, "admin-token.sha256"));
        stored.ShouldNotContain(token);
        stored.Trim().Length.ShouldBe(64);
    }
}
