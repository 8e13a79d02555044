using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;
using Fairtrade.TestServers;

namespace Fairtrade.Silo.Tests.Cluster;

/// <summary>The one published entry point (nginx, configured as in docker-compose.yml) spreads requests over the silos and stops sending to a dead one.</summary>
[Collection(ClusterCollection.Name)]
public sealed class EntryPointTests(PostgresFixture postgres) : IAsyncLifetime
{
    private LocalCluster _cluster = null!;
    private NginxServer _entry = null!;

    public async ValueTask InitializeAsync()
    {
        _cluster = await LocalCluster.StartAsync(postgres, silos: 2);
        _entry = await NginxServer.StartAsync(_cluster.Addresses);
    }

    public async ValueTask DisposeAsync()
    {
        await _entry.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task EveryRequestThroughTheEntryIsAnsweredBeforeAndAfterASiloDies()
    {
        using var client = new HttpClient { BaseAddress = _entry.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FairtradeApp.AdminToken);
        var slug = Api.NewSlug();
        await client.CreateTownAsync(slug);
        var before = await AnswersAsync(client, slug, "before");

        await _cluster.KillAsync(0);
        var after = await AnswersAsync(client, slug, "after");

        before.ShouldAllBe(status => status == HttpStatusCode.OK || status == HttpStatusCode.Created);
        after.ShouldAllBe(status => status == HttpStatusCode.OK || status == HttpStatusCode.Created);
        (await client.GetJsonAsync($"/api/towns/{slug}/participants")).AsArray().Count.ShouldBe(20);
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<List<HttpStatusCode>> AnswersAsync(HttpClient client, string slug, string round)
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            answers.Add((await client.GetAsync($"/api/towns/{slug}/status")).StatusCode);
            answers.Add((await client.PostAsJsonAsync($"/api/towns/{slug}/participants", new { id = $"{round}-{i}", kind = "retail", name = $"Laden {round} {i}" })).StatusCode);
        }

        return answers;
    }
}
