using System.Net.Http.Headers;
using System.Text;

namespace Fairtrade.Client.Http;

/// <summary>The HTTP API as the commands use it: JSON in, raw JSON out, and every failure as one of two exceptions.</summary>
public sealed class ApiClient : IDisposable
{
    private readonly HttpClient _http;

    public ApiClient(Uri server, string? token)
    {
        Server = server;
        // Uploads and downloads of large files, and the live status, run as long as they need; Ctrl+C ends them.
        // A server that never accepts the connection is given up on after 15 seconds.
        _http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(15) }) { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("fairtrade-cli", "1"));
        if (token is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public Uri Server { get; }

    public Task<string> GetAsync(string path, CancellationToken cancellationToken) =>
        SendJsonAsync(HttpMethod.Get, path, null, cancellationToken);

    /// <summary>
    /// A body that may not have changed since the one tagged <paramref name="etag"/>: null when the server says it has
    /// not (304), else the body with its new tag.
    /// </summary>
    public async Task<(string Json, string? ETag)?> GetIfChangedAsync(string path, string? etag, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (etag is not null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        using var response = await SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotModified)
        {
            return null;
        }

        await EnsureSuccessAsync(response, cancellationToken);
        return (await ReadAsync(response, cancellationToken), response.Headers.ETag?.ToString());
    }

    /// <summary>Sends <paramref name="body"/> as JSON; answers the response body (empty for 204).</summary>
    public async Task<string> SendJsonAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    /// <summary>
    /// A successful answer's body. The body is read apart from the headers, so that a refusal whose explanation
    /// breaks off is still a refusal (<see cref="EnsureSuccessAsync"/>), and a body that breaks off is the network's failure.
    /// </summary>
    public async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (Exception broken) when (IsBrokenConnection(broken))
        {
            throw new ServerUnreachableException($"The answer from the server at {Server} broke off: {broken.Message}", broken);
        }
    }

    /// <summary>Whether reading an answer failed because the connection broke, not because of anything on this machine.</summary>
    public static bool IsBrokenConnection(Exception exception) =>
        exception is HttpRequestException or HttpIOException or IOException { InnerException: System.Net.Sockets.SocketException };

    /// <summary>Sends a request and answers whatever came back; only "no answer at all" throws.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(request, completion, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new ServerUnreachableException($"Cannot reach the server at {Server}: {exception.Message}", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ServerUnreachableException($"The server at {Server} did not accept the connection in time.", exception);
        }
    }

    public static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        string body;
        try
        {
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (Exception broken) when (IsBrokenConnection(broken))
        {
            // The status code already says the server refused; only its explanation was lost on the way.
            throw new ServerRefusedException(ProblemText.Describe(response.StatusCode, null) + " (The rest of the answer broke off.)");
        }

        throw new ServerRefusedException(ProblemText.Describe(response.StatusCode, body));
    }

    /// <summary>The path of a town's resource: <c>api/towns/{town}/{rest}</c>, the town escaped as a segment.</summary>
    public static string Town(string town, string? rest = null) => $"api/towns/{Segment(town)}" + (rest is null ? "" : "/" + rest);

    /// <summary>A path segment from user input, escaped so that a slash or '?' cannot change the route.</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);

    public static string Query(params (string Name, string? Value)[] parameters)
    {
        var present = parameters.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToArray();
        return present.Length == 0 ? "" : "?" + string.Join('&', present);
    }

    public void Dispose() => _http.Dispose();
}
