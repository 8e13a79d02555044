using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace Fairtrade.Silo.Security;

public static class SecurityExtensions
{
    public static WebApplicationBuilder AddFairtradeSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AdminToken>();
        builder.Services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Coordinator, policy => policy.RequireRole(Roles.Admin, Roles.Coordinator))
            .AddPolicy(Policies.CoordinatorOrParticipant, policy => policy.RequireRole(Roles.Admin, Roles.Coordinator, Roles.Participant));
        return builder;
    }

    /// <summary>Authentication and authorization in the pipeline; the admin token is made (and, if new, printed) at start, not at the first request.</summary>
    public static WebApplication UseFairtradeSecurity(this WebApplication app)
    {
        app.Services.GetRequiredService<AdminToken>();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Who did it, for the evidence record.</summary>
    public static string Actor(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";
}
