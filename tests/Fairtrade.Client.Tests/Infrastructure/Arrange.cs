using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Fairtrade.Client.Tests.Infrastructure;

/// <summary>Sets up towns and participants straight over HTTP, so that each test is about the command it runs.</summary>
public static class Arrange
{
    private static int _counter;

    /// <summary>A slug no other test uses.</summary>
    public static string NewSlug() => $"t{Interlocked.Increment(ref _counter)}-{Guid.NewGuid():N}"[..20];

    public static async Task<string> TownAsync(this SiloServer server, string? titleAwardedOn = "2025-03-01")
    {
        var slug = NewSlug();
        await server.PostAsync("api/towns", new { slug, name = $"Town {slug}", population = 117_311, ruleset = "de-town", titleAwardedOn });
        return slug;
    }

    public static async Task<string> ParticipantAsync(this SiloServer server, string town, string kind = "catering", string name = "Café Mokka")
    {
        var created = await server.PostAsync($"api/towns/{town}/participants", new { kind, name, products = new[] { "Kaffee", "Tee" }, listPublicly = true });
        return (string)created["id"]!;
    }

    public static async Task<JsonNode> PostAsync(this SiloServer server, string path, object body)
    {
        var response = await server.Admin.PostAsJsonAsync(path, body);
        ((int)response.StatusCode).ShouldBeInRange(200, 201, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    public static async Task<JsonNode> GetAsync(this SiloServer server, string path)
    {
        var response = await server.Admin.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }
}
