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

    public static void Configure(OpenApiOptions options)
    {
        options.AddSchemaTransformer(DescribeEnumAsync);
        options.AddDocumentTransformer(DescribeBearerAsync);
        options.AddOperationTransformer(RequireBearerAsync);
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

    private static Task DescribeBearerAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = BearerScheme,
            Description = "The admin token, or a participant's upload-link token.",
        };
        return Task.CompletedTask;
    }

    /// <summary>Only where a token is needed: public reads stay without.</summary>
    private static Task RequireBearerAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
        }

        return Task.CompletedTask;
    }
}
