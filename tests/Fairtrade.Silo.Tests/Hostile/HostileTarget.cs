using System.Net.Http.Headers;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Hostile;

/// <summary>One app with one town, a café and its upload link, which every hostile request is aimed at.</summary>
public sealed class HostileTarget : IAsyncLifetime
{
    public const string Participant = "cafe";

    public FairtradeApp App { get; } = new(settings: new() { ["Fairtrade:MaxUploadBytes"] = (1024 * 1024).ToString() });

    public string Town { get; } = Api.NewSlug("hostile");

    public HttpClient Admin { get; private set; } = null!;

    public string LinkToken { get; private set; } = "";

    public string RevokedLinkToken { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Admin = App.CreateClientAs("admin");
        await Admin.CreateTownAsync(Town);
        await Admin.PostOkAsync($"/api/towns/{Town}/participants", new { id = Participant, kind = "catering", name = "Café Mokka", products = new[] { "Kaffee" } });
        LinkToken = await Admin.CreateLinkAsync(Town, Participant);
        var revoked = await Admin.PostOkAsync($"/api/towns/{Town}/participants/{Participant}/upload-links", new { });
        RevokedLinkToken = (string)revoked["token"]!;
        await Admin.DeleteAsync($"/api/towns/{Town}/participants/{Participant}/upload-links/{revoked["id"]}");
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();

    public HttpClient Anonymous() => App.CreateClient();

    public HttpClient Link() => App.CreateClientWithToken(LinkToken);

    public HttpClient Bearer(string token)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        return client;
    }

    /// <summary>What a hostile request must leave as it was: the town, its participants, evidence, audit trail and stored files.</summary>
    public async Task<string> SnapshotAsync()
    {
        var parts = new[]
        {
            await Admin.GetStringAsync($"/api/towns/{Town}"),
            await Admin.GetStringAsync($"/api/towns/{Town}/participants"),
            await Admin.GetStringAsync($"/api/towns/{Town}/evidence"),
            await Admin.GetStringAsync($"/api/towns/{Town}/steering-group"),
            (await Admin.GetJsonAsync($"/api/towns/{Town}/audit")).AsArray().Count.ToString(),
            string.Join(",", App.StoredFiles().Order()),
        };
        return string.Join("\n", parts);
    }

    public static MediaTypeHeaderValue Json => new("application/json");
}
