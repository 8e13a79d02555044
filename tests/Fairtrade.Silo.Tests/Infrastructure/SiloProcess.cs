using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>The product as a separate process (<c>dotnet Fairtrade.Silo.dll</c>) on loopback ports, to be killed for real.</summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private SiloProcess(Process process, SiloLaunch launch)
    {
        _process = process;
        Launch = launch;
    }

    public SiloLaunch Launch { get; }

    public Uri Address => Launch.Address;

    /// <summary>What the process printed on standard output and error, line by line.</summary>
    public IReadOnlyCollection<string> Output => _output;

    /// <param name="adminToken">The token to configure; null lets the silo generate one.</param>
    public static Task<SiloProcess> StartAsync(string dataDir, string? adminToken = FairtradeApp.AdminToken) =>
        StartAsync(new SiloLaunch(dataDir) { AdminToken = adminToken });

    /// <summary>Starts the silo and waits until <c>/health</c> answers 200.</summary>
    public static async Task<SiloProcess> StartAsync(SiloLaunch launch)
    {
        var silo = Run(launch);
        await silo.WaitUntilHealthyAsync();
        return silo;
    }

    /// <summary>Starts the silo without waiting for it; for a start that is meant to fail.</summary>
    public static SiloProcess Run(SiloLaunch launch)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = launch.WorkingDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "Fairtrade.Silo.dll"), "--urls", launch.Address.ToString().TrimEnd('/'),
            $"--Fairtrade:DataDir={launch.DataDir}",
            $"--Fairtrade:SiloPort={launch.SiloPort}", $"--Fairtrade:GatewayPort={launch.GatewayPort}",
            "--Logging:LogLevel:Default=Warning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (launch.AdminToken is not null)
        {
            start.ArgumentList.Add($"--Fairtrade:AdminToken={launch.AdminToken}");
        }

        foreach (var (name, value) in launch.Environment)
        {
            start.Environment[name] = value;
        }

        Directory.CreateDirectory(launch.WorkingDir);
        var process = Process.Start(start)!;
        var silo = new SiloProcess(process, launch);
        process.OutputDataReceived += (_, line) => silo.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => silo.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return silo;
    }

    public HttpClient CreateAdminClient(string token = FairtradeApp.AdminToken)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Waits for the process to end by itself and answers its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        await _process.WaitForExitAsync(timeout.Token);

        // The parameterless wait also waits for the last lines of output to be read.
        _process.WaitForExit();
        return _process.ExitCode;
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

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The silo exited with code {_process.ExitCode} before it was healthy:\n{string.Join('\n', _output.TakeLast(30))}");
            }

            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The silo did not become healthy within 90 seconds:\n{string.Join('\n', _output.TakeLast(30))}");
    }
}
