namespace Fairtrade.TestServers;

/// <summary>
/// nginx on a loopback port in front of the given silos, with the entry point's configuration from
/// docker-compose.yml, made by <c>scripts/servers/nginx.sh</c>.
/// </summary>
public sealed class NginxServer : IAsyncDisposable
{
    private readonly string _folder;

    private NginxServer(string folder, int port)
    {
        _folder = folder;
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Address { get; }

    public static async Task<NginxServer> StartAsync(IEnumerable<Uri> silos)
    {
        var folder = ServerScript.NewFolder("fairtrade-nginx");
        var port = LoopbackPorts.Free();
        await ServerScript.RunAsync("nginx.sh", ["start", folder, port.ToString(), .. silos.Select(silo => silo.Authority)]);
        return new NginxServer(folder, port);
    }

    public async ValueTask DisposeAsync()
    {
        await ServerScript.RunAsync("nginx.sh", "stop", _folder);
        Directory.Delete(_folder, recursive: true);
    }
}
