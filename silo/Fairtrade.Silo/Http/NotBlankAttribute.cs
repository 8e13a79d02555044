using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Http;

/// <summary>An optional text that, when given, holds more than white space (a PATCH may leave it out, not blank it).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class NotBlankAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is string text && string.IsNullOrWhiteSpace(text)
            ? new ValidationResult(ValidationTexts.Current.NotBlank(FieldNames.Json(validationContext.DisplayName)))
            : ValidationResult.Success;
}
