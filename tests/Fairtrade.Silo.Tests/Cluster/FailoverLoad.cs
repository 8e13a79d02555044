using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;

namespace Fairtrade.Silo.Tests.Cluster;

/// <summary>
/// Clients that write and read across the silos, each sending its next request to the next silo and, when a silo
/// refuses the connection, sending the same request to the one after it (as the entry point does).
/// </summary>
public sealed class FailoverLoad(Uri[] silos, string adminToken, string[] towns)
{
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentBag<(string Town, string Participant)> _acknowledged = [];
    private int _requests;

    public int Requests => _requests;

    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>Participants whose creation was answered 201.</summary>
    public IReadOnlyCollection<(string Town, string Participant)> Acknowledged => _acknowledged;

    public Task RunAsync(int clients, TimeSpan duration) =>
        Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(() => ClientAsync(client, duration))));

    private async Task ClientAsync(int client, TimeSpan duration)
    {
        var clients = silos.Select(silo => new HttpClient { BaseAddress = silo, Timeout = TimeSpan.FromSeconds(30), DefaultRequestHeaders = { { "Authorization", $"Bearer {adminToken}" } } }).ToArray();
        var clock = Stopwatch.StartNew();
        for (var n = 0; clock.Elapsed < duration; n++)
        {
            var town = towns[(client + n) % towns.Length];
            var participant = $"c{client}-{n}";
            var created = await SendAsync(client + n, http => http.PostAsJsonAsync($"/api/towns/{town}/participants", new { id = participant, kind = "retail", name = $"Laden {client}/{n}", products = new[] { "Kaffee", "Tee" } }));
            if (created)
            {
                _acknowledged.Add((town, participant));
            }

            await SendAsync(client + n + 1, http => http.GetAsync($"/api/towns/{town}/status"));
        }

        foreach (var http in clients)
        {
            http.Dispose();
        }

        async Task<bool> SendAsync(int first, Func<HttpClient, Task<HttpResponseMessage>> request)
        {
            Interlocked.Increment(ref _requests);
            for (var attempt = 0; attempt < clients.Length; attempt++)
            {
                var silo = (first + attempt) % clients.Length;
                try
                {
                    using var response = await request(clients[silo]);
                    if (response.IsSuccessStatusCode)
                    {
                        return true;
                    }

                    _failures.Enqueue($"{clock.Elapsed.TotalSeconds:F1} s, silo {silo + 1}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    return false;
                }
                catch (HttpRequestException refused) when (refused.HttpRequestError == HttpRequestError.ConnectionError)
                {
                    // Nobody listens there: the request never reached a silo, so the next silo gets it.
                }
                catch (Exception exception)
                {
                    _failures.Enqueue($"{clock.Elapsed.TotalSeconds:F1} s, silo {silo + 1}: {exception.GetType().Name} {exception.Message}");
                    return false;
                }
            }

            _failures.Enqueue($"{clock.Elapsed.TotalSeconds:F1} s: no silo took the connection");
            return false;
        }
    }
}
