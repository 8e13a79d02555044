using System.ComponentModel.DataAnnotations;
using Fairtrade.Abstractions.Evidence;

namespace Fairtrade.Silo.Participants;

/// <summary>A participant id may not be a town-level evidence subject (<c>council</c>, <c>steering-group</c>): its evidence would land there.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class NotReservedAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is string id && EvidenceSubjects.IsTownLevel(id)
            ? new ValidationResult(ValidationTexts.Current.Reserved(id))
            : ValidationResult.Success;
}
