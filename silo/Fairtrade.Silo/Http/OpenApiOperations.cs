using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Fairtrade.Silo.Http;

/// <summary>
/// What every operation's description derives from its endpoint rather than from a hand list that could drift: a
/// stable operationId from the handler's class and method (generated clients name their calls after it), and the
/// refusals its metadata makes possible.
/// </summary>
public static class OpenApiOperations
{
    private const string ProblemSchema = "ProblemDetails";

    public static void Configure(OpenApiOptions options)
    {
        options.AddOperationTransformer(NameAsync);
        options.AddOperationTransformer(DescribeRefusalsAsync);
    }

    /// <summary><c>TownsApi.CreateAsync</c> becomes <c>Towns_Create</c>; an endpoint named with <c>WithName</c> keeps its name.</summary>
    private static Task NameAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId is null && context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault() is { } handler)
        {
            operation.OperationId = OperationId(handler);
        }

        return Task.CompletedTask;
    }

    public static string OperationId(MethodInfo handler)
    {
        var feature = handler.DeclaringType!.Name;
        feature = feature.EndsWith("Api", StringComparison.Ordinal) ? feature[..^"Api".Length] : feature;
        var action = handler.Name.EndsWith("Async", StringComparison.Ordinal) ? handler.Name[..^"Async".Length] : handler.Name;
        return $"{feature}_{action}";
    }

    /// <summary>
    /// A token or session is refused with 401 and a caller without the right with 403; an id in the path that names
    /// nothing is 404 (see <see cref="PathIdentifiersFilter"/>); a query or body that is not valid is 400, naming the field.
    /// </summary>
    private static Task DescribeRefusalsAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var rules = metadata.OfType<IAuthorizeData>().ToArray();
        var parameters = operation.Parameters ?? [];
        operation.Responses ??= [];
        if (parameters.Any(p => p.In == ParameterLocation.Query) || operation.RequestBody is not null)
        {
            Add(operation, context.Document, "400", "The request is not valid: the problem names the field (its `errors` list each field of a body).");
        }

        if (rules.Length > 0 && !metadata.OfType<IAllowAnonymous>().Any())
        {
            Add(operation, context.Document, "401", "No valid bearer token or session cookie came with the request.");
            if (rules.Any(r => r.Policy is not null || r.Roles is not null))
            {
                Add(operation, context.Document, "403", "The caller is known but may not do this (for this town, or for this participant).");
            }
        }

        if (parameters.Any(p => p.In == ParameterLocation.Path))
        {
            Add(operation, context.Document, "404", "Nothing exists under that path (an unknown town, or an id that names nothing).");
        }

        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, OpenApiDocument? document, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) },
            },
        };
    }
}
