using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>Small helpers that keep the tests about behaviour rather than HTTP plumbing.</summary>
public static class Api
{
    private static int _counter;

    /// <summary>A slug no other test uses.</summary>
    public static string NewSlug(string prefix = "town") => $"{prefix}-{Interlocked.Increment(ref _counter)}-{Guid.NewGuid():N}"[..(prefix.Length + 18)];

    public static async Task<JsonNode> CreateTownAsync(this HttpClient client, string slug, int population = 117_311, string ruleset = "de-town", string? titleAwardedOn = null)
    {
        var response = await client.PostAsJsonAsync("/api/towns", new { slug, name = $"Town {slug}", population, ruleset, titleAwardedOn });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    public static async Task<JsonNode> PostOkAsync(this HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        ((int)response.StatusCode).ShouldBeInRange(200, 201, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    public static async Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string path, string json) =>
        await client.PostAsync(path, RawJson(json));

    /// <summary>JSON exactly as written, for bodies a typed object could not express.</summary>
    public static StringContent RawJson(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    /// <summary>Reads a problem-details answer, checking its content type.</summary>
    public static async Task<JsonNode> ProblemAsync(this HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("   at ");
        return JsonNode.Parse(body)!;
    }

    public static string[] ErrorFields(this JsonNode problem) =>
        problem["errors"] is JsonObject errors ? [.. errors.Select(e => e.Key)] : [];

    public static JsonNode Criterion(this JsonNode status, string key) =>
        status["criteria"]!.AsArray().Single(c => (string?)c!["key"] == key)!;

    public static string Serialize(object value) => JsonSerializer.Serialize(value);
}
