using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.OpenApi;

namespace Fairtrade.Silo.Http;

/// <summary>
/// A query value bound as text that must read as a <typeparamref name="T"/> (<c>true</c>, <c>3</c>): checked here, so
/// a value that does not parse is refused naming its parameter, as every other field is; absent or empty passes.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ValueOfAttribute<T> : ValidationAttribute, IDescribedText where T : struct, IParsable<T>
{
    public OpenApiSchema Schema() => new() { Type = typeof(T) == typeof(bool) ? JsonSchemaType.Boolean : JsonSchemaType.Integer };

    public override bool IsValid(object? value) => value is not string { Length: > 0 } text || T.TryParse(text, CultureInfo.InvariantCulture, out _);

    public override string FormatErrorMessage(string name) => ValidationTexts.Current.WrongType;
}
