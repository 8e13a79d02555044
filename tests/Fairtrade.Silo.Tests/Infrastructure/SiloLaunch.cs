using Fairtrade.TestServers;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>
/// How a silo process is started: its data folder (also its working folder, unless told otherwise), its ports (kept,
/// so a killed silo comes back as the same member), the admin token, and further settings as the environment
/// variables an operator sets.
/// </summary>
public sealed record SiloLaunch(string DataDir)
{
    /// <summary>The folder the process runs in; created if missing (the data folder is left to the silo when it differs).</summary>
    public string WorkingDir { get; init; } = DataDir;

    public int HttpPort { get; init; } = LoopbackPorts.Free();

    public int SiloPort { get; init; } = LoopbackPorts.Free();

    public int GatewayPort { get; init; } = LoopbackPorts.Free();

    /// <summary>The token to configure; null lets the silo (or the cluster) generate one.</summary>
    public string? AdminToken { get; init; } = FairtradeApp.AdminToken;

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public Uri Address => new($"http://127.0.0.1:{HttpPort}");
}
