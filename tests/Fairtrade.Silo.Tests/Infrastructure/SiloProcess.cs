using System.Diagnostics;
using System.Net.Http.Headers;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>The product as a separate process (<c>dotnet Fairtrade.Silo.dll</c>) on loopback ports, to be killed for real.</summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;

    private SiloProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<SiloProcess> StartAsync(string dataDir)
    {
        var port = FairtradeApp.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dataDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "Fairtrade.Silo.dll"), "--urls", $"http://127.0.0.1:{port}",
            $"--Fairtrade:DataDir={dataDir}", $"--Fairtrade:AdminToken={FairtradeApp.AdminToken}",
            $"--Fairtrade:SiloPort={FairtradeApp.FreePort()}", $"--Fairtrade:GatewayPort={FairtradeApp.FreePort()}",
            "--Logging:LogLevel:Default=Warning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var silo = new SiloProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await silo.WaitUntilHealthyAsync();
        return silo;
    }

    public HttpClient CreateAdminClient()
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FairtradeApp.AdminToken);
        return client;
    }

    /// <summary>SIGKILL: no shutdown, no flush, nothing the process can do about it.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The silo exited with code {_process.ExitCode} before it was healthy.");
            }

            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The silo did not become healthy within 90 seconds.");
    }
}
