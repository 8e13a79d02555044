using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Fairtrade.Silo.Http;

/// <summary>An enum value given as text (a query value, a form field), spelled as <see cref="KebabEnum"/> spells them; absent or empty passes.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class KebabNameAttribute<T> : ValidationAttribute, IDescribedText where T : struct, Enum
{
    public OpenApiSchema Schema() => new() { Type = JsonSchemaType.String, Enum = [.. KebabEnum.Names<T>().Select(name => JsonValue.Create(name))] };

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        KebabEnum.Refusal<T>(value as string) is { } message
            ? new ValidationResult(message, validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
}
