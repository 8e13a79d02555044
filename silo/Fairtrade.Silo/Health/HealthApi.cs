using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

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
}
