using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Fairtrade.Silo.Http;

/// <summary>
/// Which field of a JSON body failed to deserialize, and how, from the exception's <see cref="JsonException.Path"/>
/// and the body's type alone: a path that leads to no member of that type names a member the request does not have;
/// one that does names a value of the wrong type. The exception's message is the serializer's and is never read.
/// </summary>
public static class JsonBodyError
{
    public static (string Field, string Message) Of(JsonException json, Type? bodyType, JsonSerializerOptions options, ValidationTexts texts)
    {
        if (json.Path is null or "$" || !json.Path.StartsWith("$.", StringComparison.Ordinal))
        {
            return ("body", texts.NotJson);
        }

        var field = json.Path[2..];
        return (field, bodyType is null || Leads(bodyType, field, options) ? texts.WrongType : texts.NotAField);
    }

    /// <summary>Whether every step of <paramref name="path"/> (<c>contact.email</c>, <c>products[0]</c>) is a member or an item.</summary>
    private static bool Leads(Type type, string path, JsonSerializerOptions options)
    {
        var info = options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
        foreach (var step in path.Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = step.StartsWith('[') ? Item(info)
                : info.Kind == JsonTypeInfoKind.Dictionary ? info.ElementType
                : info.Properties.FirstOrDefault(property => string.Equals(property.Name, step,
                    options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))?.PropertyType;
            if (next is null)
            {
                return false;
            }

            info = options.GetTypeInfo(Nullable.GetUnderlyingType(next) ?? next);
        }

        return true;
    }

    private static Type? Item(JsonTypeInfo info) => info.Kind is JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary ? info.ElementType : null;
}
