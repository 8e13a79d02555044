using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Http;

/// <summary>The framework's <see cref="MaxLengthAttribute"/> for lists, worded in the reader's language (<see cref="ValidationTexts"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MaxItemsAttribute(int length) : MaxLengthAttribute(length)
{
    public override string FormatErrorMessage(string name) => ValidationTexts.Current.MaxItems(FieldNames.Json(name), Length);
}
