using System.Reflection;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Fairtrade.Silo.Http;

/// <summary>
/// Query values are bound as text and checked by our attributes (so a refusal names its parameter); their description
/// takes the type the attribute checks for, so a generated client sends a boolean, a number, a date or one of the names.
/// </summary>
public static class OpenApiTextValues
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in context.Description.ParameterDescriptions)
        {
            if (parameter.ParameterDescriptor is IParameterInfoParameterDescriptor { ParameterInfo: var info }
                && info.GetCustomAttributes().OfType<IDescribedText>().FirstOrDefault() is { } described
                && operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == parameter.Name) is { } query)
            {
                query.Schema = described.Schema();
            }
        }

        return Task.CompletedTask;
    }
}
