using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Participants;

/// <summary>At most 100 product names, each 1 to 100 characters (docs/api.md).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ProductListAttribute : ValidationAttribute
{
    public const int MaxProducts = 100;
    public const int MaxLength = 100;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string[] products)
        {
            return ValidationResult.Success;
        }

        if (products.Length > MaxProducts)
        {
            return new ValidationResult(ValidationTexts.Current.TooManyProducts(MaxProducts, products.Length));
        }

        return products.Any(p => string.IsNullOrWhiteSpace(p) || p.Trim().Length > MaxLength || p.Any(char.IsControl))
            ? new ValidationResult(ValidationTexts.Current.ProductNames(MaxLength))
            : ValidationResult.Success;
    }

    /// <summary>Trimmed, with duplicates dropped regardless of case, first spelling kept.</summary>
    public static string[] Normalize(string[]? products) =>
        products is null ? [] : [.. products.Select(p => p.Trim()).DistinctBy(p => p.ToLowerInvariant())];
}
