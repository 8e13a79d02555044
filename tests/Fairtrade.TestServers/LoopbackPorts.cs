using System.Net;
using System.Net.Sockets;

namespace Fairtrade.TestServers;

public static class LoopbackPorts
{
    // Below the kernel's range of ephemeral ports (32768–60999 on Linux), from which every outgoing connection and
    // every bind to port 0 draws: a port handed out here cannot be taken by a client socket or a test host before the
    // server it is for binds it. Counted on from a random start, so one test process never hands out a port twice and
    // the test processes running beside it start far apart.
    private const int First = 20_000;
    private const int Count = 12_000;
    private static int _next = Random.Shared.Next(Count);

    /// <summary>A port on 127.0.0.1 that nothing listens on right now.</summary>
    public static int Free()
    {
        for (var tried = 0; tried < Count; tried++)
        {
            var port = First + (int)((uint)Interlocked.Increment(ref _next) % Count);
            if (IsFree(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No free loopback port from {First} to {First + Count - 1}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
