using System.Net;
using System.Net.Sockets;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>
/// A real SMTP server (RFC 5321; no STARTTLS, and AUTH only when asked to offer it) on 127.0.0.1 and a port the OS
/// picks, keeping what it is sent and every line it heard outside a message. Each connection gets its own
/// conversation, so a client that connects twice does not wait on itself.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly List<ReceivedMail> _messages = [];
    private readonly List<string> _heard = [];
    private readonly List<(Func<ReceivedMail, bool> Match, TaskCompletionSource<ReceivedMail> Arrived)> _waiters = [];
    private readonly List<Task> _conversations = [];
    private readonly Task _accepting;
    private volatile bool _refusesMailTemporarily;
    private volatile bool _offersAuthentication;

    public LoopbackSmtpServer()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>The settings that make the app send its mail here.</summary>
    public Dictionary<string, string?> AppSettings() => new()
    {
        ["Fairtrade:Smtp:Host"] = "127.0.0.1",
        ["Fairtrade:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Fairtrade:Smtp:From"] = "fairtrade@example.org",
    };

    /// <summary>When set, every <c>MAIL FROM</c> is answered <c>451</c>, a temporary failure the sender should retry.</summary>
    public bool RefusesMailTemporarily
    {
        get => _refusesMailTemporarily;
        set => _refusesMailTemporarily = value;
    }

    /// <summary>When set, <c>EHLO</c> offers <c>AUTH PLAIN LOGIN</c> and any credentials are taken.</summary>
    public bool OffersAuthentication
    {
        get => _offersAuthentication;
        set => _offersAuthentication = value;
    }

    /// <summary>Every line clients sent outside a message's data: commands, and the answers to AUTH's challenges.</summary>
    public IReadOnlyList<string> Heard
    {
        get
        {
            lock (_gate)
            {
                return [.. _heard];
            }
        }
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

            var conversation = new SmtpConversation(client, this);
            lock (_gate)
            {
                _conversations.Add(conversation.RunAsync(_stopping.Token));
            }
        }
    }

    internal void Hear(string line)
    {
        lock (_gate)
        {
            _heard.Add(line);
        }
    }

    internal void Receive(ReceivedMail mail)
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
