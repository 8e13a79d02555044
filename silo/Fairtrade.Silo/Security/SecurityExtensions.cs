using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;

namespace Fairtrade.Silo.Security;

public static class SecurityExtensions
{
    /// <summary>The scheme that picks bearer when a request has an <c>Authorization</c> header, else the session cookie.</summary>
    private const string SelectorScheme = "BearerOrSession";

    public static WebApplicationBuilder AddFairtradeSecurity(this WebApplicationBuilder builder)
    {
        // Registered after the silo, so the token is loaded once storage is up and before the web server starts.
        builder.Services.AddSingleton<FirstStartSecrets>();
        builder.Services.AddSingleton<AdminToken>();
        builder.Services.AddHostedService(services => services.GetRequiredService<AdminToken>());
        builder.Services.AddSingleton<IPasswordHasher<object>, PasswordHasher<object>>();
        builder.Services.AddSingleton<IAuthorizationHandler, TownAccessHandler>();

        // Session cookies stay valid across restarts (and silos): the keys that protect them live with the data.
        builder.Services.AddDataProtection().SetApplicationName("fairtrade");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<IXmlRepository>((keys, repository) => keys.XmlRepository = repository);
        builder.Services.AddAntiforgery(options =>
        {
            options.HeaderName = CookieApiAntiforgery.HeaderName;
            options.Cookie.Name = "fairtrade.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        builder.Services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, null, options => options.ForwardDefaultSelector =
                context => context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenHandler.SchemeName
                    : SessionCookie.SchemeName)
            .AddCookie(SessionCookie.SchemeName, SessionCookie.Configure)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Policies.AccountAdmin, policy => policy
                .RequireRole(Roles.Admin)
                .RequireAssertion(context => !context.User.IsAccount() || context.User.Identity?.AuthenticationType == SessionCookie.SchemeName))
            .AddPolicy(Policies.Campaign, policy => policy.RequireRole(Roles.Admin, Roles.Campaign))
            .AddPolicy(Policies.Coordinator, policy => policy.AddRequirements(new TownAccessRequirement(SteeringGroup: false, Participant: false)))
            .AddPolicy(Policies.TownReader, policy => policy.AddRequirements(new TownAccessRequirement(SteeringGroup: true, Participant: false)))
            .AddPolicy(Policies.CoordinatorOrParticipant, policy => policy.AddRequirements(new TownAccessRequirement(SteeringGroup: false, Participant: true)))
            .AddPolicy(Policies.Participant, policy => policy.RequireRole(Roles.Participant)
                .AddRequirements(new TownAccessRequirement(SteeringGroup: false, Participant: true)))
            .AddPolicy(Policies.TownReaderOrParticipant, policy => policy.AddRequirements(new TownAccessRequirement(SteeringGroup: true, Participant: true)))
            .AddPolicy(Policies.Account, policy => policy
                .RequireAssertion(context => context.User.IsAccount() && context.User.Identity?.AuthenticationType == SessionCookie.SchemeName));
        return builder;
    }

    /// <summary>Authentication and authorization in the pipeline.</summary>
    public static WebApplication UseFairtradeSecurity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseCookieApiAntiforgery();
        return app;
    }

    /// <summary>Who did it, for the evidence record.</summary>
    public static string Actor(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";
}
