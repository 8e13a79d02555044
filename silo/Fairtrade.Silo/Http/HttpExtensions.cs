using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Fairtrade.Grains.Towns;
using Fairtrade.Silo.Hosting;
using Fairtrade.Silo.Web;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Http;

public static class HttpExtensions
{
    public const long MaxJsonBodyBytes = 1024 * 1024;

    /// <summary>JSON as docs/api.md fixes it (camelCase, kebab-case enums, unknown fields refused) and every error as problem details.</summary>
    public static WebApplicationBuilder AddFairtradeHttp(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<JsonOptions>(options => Configure(options.SerializerOptions));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxJsonBodyBytes);
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDetailsNaming.Apply);
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddValidation();
        builder.Services.AddOpenApi(OpenApiDescriptions.Configure);
        // Last, after the features' own transformers (health describes its endpoint by hand).
        builder.Services.PostConfigure<OpenApiOptions>("v1", OpenApiDocumentDescription.Configure);
        builder.Services.AddSingleton<PublicAddress>();
        // The towns keep their status encoded as this API writes it.
        builder.Services.Replace(ServiceDescriptor.Singleton(services => new StatusJson(services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions)));
        return builder;
    }

    public static void Configure(JsonSerializerOptions options)
    {
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.Converters.Add(new KebabEnumConverter());
        options.Converters.Add(new CampaignDates.Converter());
    }

    public static WebApplication UseFairtradeHttp(this WebApplication app)
    {
        // First of all: behind a TLS-terminating proxy (on this machine, or one of Fairtrade:KnownProxies), requests
        // count as HTTPS (so cookies are marked Secure) and come from the client's address, from here on.
        var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var proxy in app.Services.GetRequiredService<IOptions<FairtradeOptions>>().Value.KnownProxyAddresses)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        app.UseForwardedHeaders(forwarded);

        // The reader's language before the error handlers: they word their problems in it, and they run outside
        // whatever middleware comes after them.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
