using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Http;

/// <summary>
/// The framework's e-mail check, worded in the reader's language (<see cref="ValidationTexts"/>). Its attribute is
/// sealed, so this one asks it rather than being it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class EmailAttribute : ValidationAttribute
{
    private static readonly EmailAddressAttribute Check = new();

    public override bool IsValid(object? value) => Check.IsValid(value);

    public override string FormatErrorMessage(string name) => ValidationTexts.Current.Email(FieldNames.Json(name));
}
