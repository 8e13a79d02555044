using System.Net;
using System.Text;
using Fairtrade.TestServers;

namespace Fairtrade.Client.Tests.Infrastructure;

/// <summary>
/// A loopback server that keeps what it was sent and answers as it is told (by default with an empty JSON object):
/// for what the real service cannot show, such as a request it would refuse or an answer cut off.
/// </summary>
public sealed class RecordingServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<string> _bodies = [];
    private readonly Func<HttpListenerResponse, Task> _answer;
    private readonly Task _answering;

    public RecordingServer(Func<HttpListenerResponse, Task>? answer = null)
    {
        _answer = answer ?? EmptyObjectAsync;
        Url = $"http://127.0.0.1:{LoopbackPorts.Free()}/";

        _listener.Prefixes.Add(Url);
        _listener.Start();
        _answering = AnswerAsync();
    }

    public string Url { get; }

    public IReadOnlyList<string> Bodies
    {
        get
        {
            lock (_bodies)
            {
                return [.. _bodies];
            }
        }
    }

    public void Dispose()
    {
        _listener.Close();
        _answering.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task AnswerAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                var body = await reader.ReadToEndAsync();
                lock (_bodies)
                {
                    _bodies.Add(body);
                }
            }

            await _answer(context.Response);
        }
    }

    private static Task EmptyObjectAsync(HttpListenerResponse response) => JsonAsync(response, "{}");

    /// <summary>Answers <paramref name="json"/> with the status code.</summary>
    public static async Task JsonAsync(HttpListenerResponse response, string json, int status = 200)
    {
        var answer = Encoding.UTF8.GetBytes(json);
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength64 = answer.Length;
        await response.OutputStream.WriteAsync(answer);
        response.Close();
    }

    /// <summary>Refuses (404) and drops the connection in the middle of saying why.</summary>
    public static async Task RefusalCutOffAsync(HttpListenerResponse response)
    {
        response.StatusCode = 404;
        response.ContentType = "application/problem+json";
        response.ContentLength64 = 4096;
        await response.OutputStream.WriteAsync("{\"title\":\"Not Found\",\"detail\":\"There is no"u8.ToArray());
        await response.OutputStream.FlushAsync();
        response.Abort();
    }

    /// <summary>Announces a mebibyte, sends 64 KiB of it and drops the connection: a download that breaks off.</summary>
    public static async Task CutOffAsync(HttpListenerResponse response)
    {
        response.ContentLength64 = 1024 * 1024;
        await response.OutputStream.WriteAsync(new byte[64 * 1024]);
        await response.OutputStream.FlushAsync();
        response.Abort();
    }
}
