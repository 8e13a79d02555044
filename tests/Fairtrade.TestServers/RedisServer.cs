namespace Fairtrade.TestServers;

/// <summary>A throwaway Redis server on a loopback port, keeping nothing on disk, made by <c>scripts/servers/redis.sh</c>.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string _folder;

    private RedisServer(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var folder = ServerScript.NewFolder("fairtrade-redis");
        var port = LoopbackPorts.Free();
        await ServerScript.RunAsync("redis.sh", "start", folder, port.ToString());
        return new RedisServer(folder, port);
    }

    public async ValueTask DisposeAsync()
    {
        await ServerScript.RunAsync("redis.sh", "stop", _folder);
        Directory.Delete(_folder, recursive: true);
    }
}
