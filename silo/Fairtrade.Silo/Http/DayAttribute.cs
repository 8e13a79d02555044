using System.ComponentModel.DataAnnotations;
using Microsoft.OpenApi;

namespace Fairtrade.Silo.Http;

/// <summary>
/// A day given as text (a query value, a form field): strictly <c>yyyy-MM-dd</c> within <see cref="CampaignDates.Range"/>,
/// as docs/api.md fixes; absent or empty is left to the handler's default.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class DayAttribute : ValidationAttribute, IDescribedText
{
    public OpenApiSchema Schema() => new() { Type = JsonSchemaType.String, Format = "date" };

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        Refusal(value as string) is { } message
            ? new ValidationResult(message, validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;

    /// <summary>What is wrong with <paramref name="text"/> as a day, in the reader's language; null when nothing is.</summary>
    public static string? Refusal(string? text) =>
        string.IsNullOrEmpty(text) ? null
        : !CampaignDates.TryParse(text, out var day) ? ValidationTexts.Current.NotADate(text)
        : !CampaignDates.Holds(day) ? ValidationTexts.Current.DateOutside(text, CampaignDates.Range)
        : null;
}
