using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Participants;

/// <summary>A phone number as people write it: digits, spaces and + ( ) / . -, worded in the reader's language (<see cref="ValidationTexts"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PhoneNumberAttribute() : RegularExpressionAttribute(@"^[0-9 +()/.\-]*$")
{
    public override string FormatErrorMessage(string name) => ValidationTexts.Current.PhoneNumber(FieldNames.Json(name));
}
