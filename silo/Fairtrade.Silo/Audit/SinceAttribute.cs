using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Audit;

/// <summary>The audit's <c>since</c>: an RFC 3339 instant (<see cref="AuditSince"/>), or else a day as <see cref="DayAttribute"/> takes it.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class SinceAttribute : ValidationAttribute
{
    private static readonly DayAttribute Day = new();

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        AuditSince.TryInstant(value as string, out _) ? ValidationResult.Success : Day.GetValidationResult(value, validationContext);
}
