using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Hosting;

/// <summary>
/// A silo process started for the first time, as an operator does: in a folder of its own, on a data folder it makes
/// itself, with neither admin token nor password set; one evidence file uploaded.
/// </summary>
public sealed class FirstStartFixture : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("fairtrade-first-").FullName;

    public SiloProcess Silo { get; private set; } = null!;

    public string DataDir => Path.Combine(_root, "data");

    public string SecretsFile => Path.Combine(DataDir, "first-start-secrets.txt");

    public string Token { get; private set; } = null!;

    public string Password { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Silo = await SiloProcess.StartAsync(new SiloLaunch(DataDir) { WorkingDir = _root, AdminToken = null });
        var secrets = await WaitForSecretsAsync();
        Token = secrets.Single(line => line.StartsWith("Admin token: ", StringComparison.Ordinal))["Admin token: ".Length..];
        Password = secrets.Single(line => line.StartsWith("Admin sign-in: ", StringComparison.Ordinal)).Split("password ")[1];

        using var admin = Silo.CreateAdminClient(Token);
        await admin.CreateTownAsync("aachen");
        await admin.PostOkAsync("/api/towns/aachen/participants", new { id = "shop", kind = "retail", name = "Weltladen" });
        (await admin.UploadAsync("aachen", "shop", Samples.Jpeg(5_000))).EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        await Silo.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    /// <summary>The admin account is made once the web server runs, so its line may come a moment after <c>/health</c> answers.</summary>
    private async Task<string[]> WaitForSecretsAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (File.Exists(SecretsFile) && await File.ReadAllLinesAsync(SecretsFile) is { Length: 2 } lines)
            {
                return lines;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No two secrets in {SecretsFile}:\n{string.Join('\n', Silo.Output)}");
    }
}
