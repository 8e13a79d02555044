using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.OpenApi;

namespace Fairtrade.Silo.Health;

public static class HealthApi
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <summary>The checks behind <c>/health</c>: this silo is an active member, and its storage answers.</summary>
    public static WebApplicationBuilder AddFairtradeHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<MembershipHealthCheck>("membership", timeout: Patience)
            .AddCheck<StorageHealthCheck>("storage", timeout: Patience);

        // The health checks' endpoint is not a handler the OpenAPI generator can see: it is described by hand.
        builder.Services.Configure<OpenApiOptions>("v1", options => options.AddDocumentTransformer(DescribeAsync));
        return builder;
    }

    /// <summary><c>GET /health</c>: 200 when every check is healthy, else 503; the body says which failed, never why in detail.</summary>
    public static IEndpointConventionBuilder MapHealthApi(this IEndpointRouteBuilder routes) =>
        routes.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync })
            .WithMetadata(new HttpMethodMetadata(["GET"]))
            .WithTags("Health");

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = Name(report.Status),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => Name(entry.Value.Status)),
        });
    }

    private static string Name(HealthStatus status) => status.ToString().ToLowerInvariant();

    private static Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Paths ??= [];
        document.Paths["/health"] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new()
                {
                    Summary = "Whether this silo is an active member of its cluster and its database answers.",
                    OperationId = "Health_Get",
                    Tags = new HashSet<OpenApiTagReference> { new("Health", document) },
                    Security = [],
                    Responses = new OpenApiResponses
                    {
                        ["200"] = new OpenApiResponse { Description = "Healthy: {\"status\":\"healthy\",\"checks\":{\"membership\":…,\"storage\":…}}" },
                        ["503"] = new OpenApiResponse { Description = "Unhealthy; the checks say which one failed." },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }
}
