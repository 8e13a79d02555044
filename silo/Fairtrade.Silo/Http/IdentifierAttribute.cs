using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Http;

/// <summary>A town slug, participant id or user name (<see cref="Identifiers"/>), worded in the reader's language (<see cref="ValidationTexts"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class IdentifierAttribute() : RegularExpressionAttribute(Identifiers.Pattern)
{
    // The framework's pattern check lets an empty text pass; an empty identifier names nothing.
    public override bool IsValid(object? value) => value is not "" && base.IsValid(value);

    public override string FormatErrorMessage(string name) => ValidationTexts.Current.Identifier(FieldNames.Json(name));
}
