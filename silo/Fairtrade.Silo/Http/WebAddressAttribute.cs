using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Http;

/// <summary>
/// The framework's URL check (http, https or ftp, absolute), worded in the reader's language (<see cref="ValidationTexts"/>).
/// Its attribute is sealed, so this one asks it rather than being it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class WebAddressAttribute : ValidationAttribute
{
    private static readonly UrlAttribute Check = new();

    public override bool IsValid(object? value) => Check.IsValid(value);

    public override string FormatErrorMessage(string name) => ValidationTexts.Current.WebAddress(FieldNames.Json(name));
}
