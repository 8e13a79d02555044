namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>The addresses this machine listens on for a TCP port, as Linux lists them in <c>/proc/net/tcp</c> and <c>tcp6</c>.</summary>
public static class ListeningSockets
{
    public const string Ipv4Loopback = "0100007F";
    public const string Ipv6Loopback = "00000000000000000000000001000000";
    private const string Listen = "0A";

    /// <summary>The local addresses (hex, as the kernel writes them) of every socket listening on <paramref name="port"/>.</summary>
    public static string[] AddressesOf(int port) =>
    [
        .. new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists)
            .SelectMany(table => File.ReadAllLines(table).Skip(1))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields[3] == Listen && fields[1].EndsWith($":{port:X4}", StringComparison.Ordinal))
            .Select(fields => fields[1].Split(':')[0]),
    ];
}
