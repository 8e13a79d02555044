using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Http;

/// <summary>
/// A text without line breaks or other control characters (Unicode Cc, and the line and paragraph separators
/// U+2028/U+2029): names end up in e-mail subjects and headers, in workbook cells and in one-line lists, where a
/// line break is either refused by the library or changes what the reader sees.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class SingleLineAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is string text && !IsSingleLine(text)
            ? new ValidationResult(ValidationTexts.Current.SingleLine(FieldNames.Json(validationContext.DisplayName)))
            : ValidationResult.Success;

    public static bool IsSingleLine(string text) => !text.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029');
}
