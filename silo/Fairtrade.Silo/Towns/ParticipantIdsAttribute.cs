using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Towns;

/// <summary>Participant ids separated by commas, each an identifier; absent or empty passes.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParticipantIdsAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is string { Length: > 0 } ids && ids.Split(',').FirstOrDefault(id => !Identifiers.IsValid(id)) is { } malformed
            ? new ValidationResult(ProblemTexts.Current.MalformedWithout(malformed), validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
}
