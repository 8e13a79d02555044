using System.Net;

namespace Fairtrade.Silo.Tests.Hostile;

/// <summary>
/// Careless and hostile requests (JSON, query strings, paths, tokens, forms, files) each get the 4xx they deserve,
/// change nothing, and leave the silo healthy for the next caller.
/// </summary>
public sealed class HostileInputTests(HostileTarget target) : IClassFixture<HostileTarget>
{
    public static TheoryData<string> Cases => [.. HostileRequests.All.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task IsRefusedWithNothingStoredAndTheSiloHealthy(string name)
    {
        var before = await target.SnapshotAsync();

        using var response = await HostileRequests.All[name].Send(target);

        ((int)response.StatusCode).ShouldBe(HostileRequests.All[name].Expected, await response.Content.ReadAsStringAsync());
        (await target.SnapshotAsync()).ShouldBe(before);
        (await target.Anonymous().GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
