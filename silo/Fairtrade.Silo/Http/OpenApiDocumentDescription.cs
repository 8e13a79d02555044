using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Fairtrade.Silo.Http;

/// <summary>
/// The document as a whole: what the API is, its tags in words, and the server without the trailing slash the
/// generator writes. Runs after every other transformer (it is added last), so it sees hand-described operations too.
/// </summary>
public static class OpenApiDocumentDescription
{
    public const string Title = "Fairtrade Town campaign API";

    /// <summary>Every tag an endpoint carries; a tag missing here leaves the document unclean, and the lint test says so.</summary>
    private static readonly Dictionary<string, string> Tags = new()
    {
        ["Towns"] = "The towns, their profile, their live status and the forecast of how long the title holds.",
        ["Participants"] = "The shops, cafés, schools, clubs and faith communities of a town, and their activities.",
        ["Council, steering group, media"] = "The town-level criteria: the council resolution, the steering group and press coverage.",
        ["Evidence"] = "Proof that a participant or the town meets a criterion: submission, review, files and declarations.",
        ["Upload links"] = "Links that let a participant send its own evidence without an account.",
        ["Calendar"] = "Calendar feeds of what runs out when, for a town's calendar application.",
        ["Notifications"] = "Reminders sent about evidence that runs out, and where they go.",
        ["Audit"] = "Who changed what in a town, and when.",
        ["Accounts"] = "People's accounts, roles and towns, and their personal API tokens.",
        ["Exports"] = "A town's renewal workbook and its evidence as a zip.",
        ["Renewals"] = "The renewal cycle between the national campaign office and a town.",
        ["Campaign"] = "The national campaign office's view across towns.",
        ["Imports"] = "Bringing participants in from a workbook or an outlet list.",
        ["Accessibility"] = "Reports of barriers met in the pages, from anyone.",
        ["Rulesets"] = "The national rules: which criteria a town of a given size must meet.",
        ["Health"] = "Whether this silo can serve.",
    };

    public static void Configure(OpenApiOptions options) => options.AddDocumentTransformer(DescribeAsync);

    private static Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = Title;
        document.Info.Description = "The HTTP API of a Fairtrade Town campaign: towns, participants, evidence and the live "
            + "status of the title. The repository's docs/api.md describes its conventions.";
        // No licence has been granted for this API: the SPDX form of "all rights reserved".
        document.Info.License = new OpenApiLicense { Name = "All rights reserved", Identifier = "LicenseRef-All-Rights-Reserved" };
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var name in UsedTags(document).Where(name => document.Tags.All(t => t.Name != name)))
        {
            document.Tags.Add(new OpenApiTag { Name = name });
        }

        foreach (var tag in document.Tags)
        {
            tag.Description ??= Tags.GetValueOrDefault(tag.Name ?? "");
        }

        foreach (var operation in Operations(document).Where(o => o.Responses?.Keys.Any(k => k.StartsWith('4')) != true))
        {
            operation.Responses ??= [];
            operation.Responses["4XX"] = new OpenApiResponse { Description = "Refused before it reached the service (a malformed request, or headers too large)." };
        }

        return Task.CompletedTask;
    }

    private static IEnumerable<string> UsedTags(OpenApiDocument document) =>
        Operations(document).SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).OfType<string>().Distinct();

    private static IEnumerable<OpenApiOperation> Operations(OpenApiDocument document) =>
        (document.Paths ?? []).Values.SelectMany(path => (IEnumerable<OpenApiOperation>?)path.Operations?.Values ?? []);
}
