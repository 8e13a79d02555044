using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Fairtrade.Silo.Http;

/// <summary>
/// What the generated OpenAPI document cannot see by itself: enums travel as their kebab-case names (our own JSON
/// converter hides them from the generator), and which endpoints take a bearer token.
/// </summary>
public static class OpenApiDescriptions
{
    public const string BearerScheme = "bearer";
    public const string SessionScheme = "session";

    public static void Configure(OpenApiOptions options)
    {
        options.AddSchemaTransformer(DescribeEnumAsync);
        options.AddSchemaTransformer(DescribeDateAsync);
        options.AddSchemaTransformer(DescribeWebAddressAsync);
        options.AddDocumentTransformer(DescribeBearerAsync);
        options.AddOperationTransformer(RequireBearerAsync);
        options.AddOperationTransformer(OpenApiTextValues.DescribeAsync);
        OpenApiOperations.Configure(options);
    }

    private static Task DescribeEnumAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type.IsEnum)
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum = [.. Enum.GetNames(type).Select(name => (JsonNode)JsonNamingPolicy.KebabCaseLower.ConvertName(name))];
        }

        return Task.CompletedTask;
    }

    /// <summary>Dates have a converter of our own (<see cref="CampaignDates"/>), which hides from the generator that they are strings.</summary>
    private static Task DescribeDateAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(DateOnly))
        {
            schema.Type = JsonSchemaType.String;
            schema.Format = "date";
        }
        else if (context.JsonTypeInfo.Type == typeof(DateOnly?))
        {
            schema.Type = JsonSchemaType.String | JsonSchemaType.Null;
            schema.Format = "date";
        }

        return Task.CompletedTask;
    }

    /// <summary>The framework's URL attribute is sealed, so the generator cannot see that ours (<see cref="WebAddressAttribute"/>) is one.</summary>
    private static Task DescribeWebAddressAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.AttributeProvider?.IsDefined(typeof(WebAddressAttribute), inherit: false) == true)
        {
            schema.Format = "uri";
        }

        return Task.CompletedTask;
    }

    private static Task DescribeBearerAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = BearerScheme,
            Description = "The admin token, a personal API token (ftp_…), or a participant's upload-link token.",
        };
        document.Components.SecuritySchemes[SessionScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = Security.SessionCookie.CookieName,
            Description = "A browser's session from /login (or an opened upload link). Writes also send the page's antiforgery token in the X-CSRF-TOKEN header.",
        };
        return Task.CompletedTask;
    }

    /// <summary>Only where a caller must be known: public reads stay without; a person's own account takes the session alone.</summary>
    private static Task RequireBearerAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var rules = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().ToArray();
        if (rules.Length == 0)
        {
            // Said outright, not left out: an operation without security would inherit whatever a document-wide rule says.
            operation.Security = [];
            return Task.CompletedTask;
        }

        var session = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SessionScheme, context.Document)] = [] };
        operation.Security = rules.Any(r => r.Policy == Security.Policies.Account)
            ? [session]
            : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }, session];
        return Task.CompletedTask;
    }
}
