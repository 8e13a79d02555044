using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Http;

/// <summary>The framework's <see cref="RangeAttribute"/> for whole numbers, worded in the reader's language (<see cref="ValidationTexts"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class BetweenAttribute(int minimum, int maximum) : RangeAttribute(minimum, maximum)
{
    public override string FormatErrorMessage(string name) => ValidationTexts.Current.Between(FieldNames.Json(name), Minimum, Maximum);
}
