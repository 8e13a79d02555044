using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Http;

/// <summary>The framework's <see cref="AllowedValuesAttribute"/>, naming the values in the reader's language (<see cref="ValidationTexts"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OneOfAttribute(params object?[] values) : AllowedValuesAttribute(values)
{
    public override string FormatErrorMessage(string name) => ValidationTexts.Current.OneOf(FieldNames.Json(name), Values);
}
