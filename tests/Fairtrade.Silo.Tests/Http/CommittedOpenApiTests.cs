using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Fairtrade.Silo.Tests.Infrastructure;
using Fairtrade.TestServers;

namespace Fairtrade.Silo.Tests.Http;

/// <summary>
/// The repository's own description of the contract cannot drift from what the silo serves: docs/openapi.json (from
/// which the generated client is built) is the served document but for its servers, and docs/api.md lists exactly its operations.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class CommittedOpenApiTests(AppFixture fixture)
{
    [Fact]
    public async Task DocsOpenApiJsonIsWhatTheSiloServes()
    {
        var served = (JsonObject)await fixture.Anonymous.GetJsonAsync("/openapi/v1.json");
        var committed = (JsonObject)JsonNode.Parse(await File.ReadAllTextAsync(Repository.PathOf("docs/openapi.json"), TestContext.Current.CancellationToken))!;
        // The served document names the address it was asked at; the copy names the default one.
        served.Remove("servers");
        committed.Remove("servers");

        var fresh = Path.Combine(Path.GetTempPath(), "fairtrade-openapi.json");
        if (!JsonNode.DeepEquals(served, committed))
        {
            await File.WriteAllTextAsync(fresh, served.ToJsonString(new() { WriteIndented = true }) + "\n", TestContext.Current.CancellationToken);
        }

        JsonNode.DeepEquals(served, committed).ShouldBeTrue($"docs/openapi.json is out of date: the served document is in {fresh}; copy it there.");
    }

    [Fact]
    public async Task DocsApiMdListsEveryOperationOfTheDocumentAndNoOther()
    {
        var document = await fixture.Anonymous.GetJsonAsync("/openapi/v1.json");
        var described = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => $"{operation.Key.ToUpperInvariant()} {path.Key}"));

        var listed = OperationRow().Matches(await File.ReadAllTextAsync(Repository.PathOf("docs/api.md"), TestContext.Current.CancellationToken))
            .Select(row => $"{row.Groups["method"].Value} {row.Groups["path"].Value}");

        listed.ShouldBe(described, ignoreOrder: true);
    }

    [GeneratedRegex(@"^\| `(?<method>[A-Z]+)` \| `(?<path>/[^`]*)` \|", RegexOptions.Multiline)]
    private static partial Regex OperationRow();
}
