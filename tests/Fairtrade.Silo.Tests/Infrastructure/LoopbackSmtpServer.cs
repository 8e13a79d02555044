using System.Net;
using System.Net.Sockets;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>
/// A real SMTP server (RFC 5321, no extensions) on 127.0.0.1 and a port the OS picks, keeping what it is sent.
/// Each connection gets its own conversation, so a client that connects twice does not wait on itself.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly List<ReceivedMail> _messages = [];
    private readonly List<(Func<ReceivedMail, bool> Match, TaskCompletionSource<ReceivedMail> Arrived)> _waiters = [];
    private readonly List<Task> _conversations = [];
    private readonly Task _accepting;
    private volatile bool _refusesMailTemporarily;

    public LoopbackSmtpServer()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>When set, every <c>MAIL FROM</c> is answered <c>451</c>, a temporary failure the sender should retry.</summary>
    public bool RefusesMailTemporarily
    {
        get => _refusesMailTemporarily;
        set => _refusesMailTemporarily = value;
    }

    public IReadOnlyList<ReceivedMail> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>The first message, received already or still to come, that matches; throws <see cref="TimeoutException"/> if none comes in time.</summary>
    public async Task<ReceivedMail> WaitForMessageAsync(Func<ReceivedMail, bool> match, TimeSpan timeout)
    {
        var arrived = new TaskCompletionSource<ReceivedMail>(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiter = (match, arrived);
        lock (_gate)
        {
            var received = _messages.FirstOrDefault(match);
            if (received is not null)
            {
                return received;
            }

            _waiters.Add(waiter);
        }

        try
        {
            return await arrived.Task.WaitAsync(timeout);
        }
        finally
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _accepting;
        Task[] conversations;
        lock (_gate)
        {
            conversations = [.. _conversations];
        }

        await Task.WhenAll(conversations);
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var conversation = new SmtpConversation(client, () => RefusesMailTemporarily, Receive);
            lock (_gate)
            {
                _conversations.Add(conversation.RunAsync(_stopping.Token));
            }
        }
    }

    private void Receive(ReceivedMail mail)
    {
        lock (_gate)
        {
            _messages.Add(mail);
            foreach (var waiter in _waiters.Where(w => w.Match(mail)))
            {
                waiter.Arrived.TrySetResult(mail);
            }
        }
    }
}
