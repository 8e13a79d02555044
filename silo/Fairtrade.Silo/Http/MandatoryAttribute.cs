using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Http;

/// <summary>The framework's <see cref="RequiredAttribute"/>, worded in the reader's language (<see cref="ValidationTexts"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MandatoryAttribute : RequiredAttribute
{
    public override string FormatErrorMessage(string name) => ValidationTexts.Current.Required(FieldNames.Json(name));
}
