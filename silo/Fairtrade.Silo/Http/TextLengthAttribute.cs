using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Http;

/// <summary>The framework's <see cref="StringLengthAttribute"/>, worded in the reader's language (<see cref="ValidationTexts"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TextLengthAttribute(int maximumLength) : StringLengthAttribute(maximumLength)
{
    public override string FormatErrorMessage(string name) => MinimumLength > 0
        ? ValidationTexts.Current.TextLength(FieldNames.Json(name), MinimumLength, MaximumLength)
        : ValidationTexts.Current.TextAtMost(FieldNames.Json(name), MaximumLength);
}
