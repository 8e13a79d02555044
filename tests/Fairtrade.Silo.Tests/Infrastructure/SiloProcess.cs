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

    /// <summary>What the process printed on standard output, line by line.</summary>
    public IReadOnlyCollection<string> Output => _output;

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    /// <param name="adminToken">The token to configure; null lets the silo generate one.</param>
    public static async Task<SiloProcess> StartAsync(string dataDir, string? adminToken = FairtradeApp.AdminToken)
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
            $"--Fairtrade:DataDir={dataDir}",
            $"--Fairtrade:SiloPort={FairtradeApp.FreePort()}", $"--Fairtrade:GatewayPort={FairtradeApp.FreePort()}",
            "--Logging:LogLevel:Default=Warning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (adminToken is not null)
        {
            start.ArgumentList.Add($"--Fairtrade:AdminToken={adminToken}");
        }

        var process = Process.Start(start)!;
        var silo = new SiloProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                silo._output.Enqueue(line.Data);
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await silo.WaitUntilHealthyAsync();
        return silo;
    }

    public HttpClient CreateAdminClient(string token = FairtradeApp.AdminToken)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The first output line that starts with <paramref name="prefix"/>, waiting for it a little: output is read asynchronously.</summary>
    public async Task<string> WaitForLineAsync(string prefix)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (_output.FirstOrDefault(line => line.StartsWith(prefix, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The silo printed no line starting with '{prefix}'.");
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
