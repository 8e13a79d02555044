using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Campaign;

/// <summary>The console's <c>sort</c>: one of <see cref="CampaignListing.SortKeys"/>, with <c>-</c> before it for descending; absent passes.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class SortKeyAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not string sort || CampaignListing.IsSortKey(sort)
            ? ValidationResult.Success
            : new ValidationResult(ProblemTexts.Current.SortNotOneOf(sort, CampaignListing.SortKeys.Keys), validationContext.MemberName is { } member ? [member] : null);
}
