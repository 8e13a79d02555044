using System.Collections.Frozen;
using System.Text.Json;

namespace Fairtrade.Silo.Http;

/// <summary>The API's spelling of enum values (<c>member-list</c>, <c>civil-society</c>), and nothing else.</summary>
public static class KebabEnum
{
    public static IEnumerable<string> Names<T>() where T : struct, Enum => Cache<T>.ByName.Keys.Order(StringComparer.Ordinal);

    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum => Cache<T>.ByName.TryGetValue(text ?? "", out value);

    /// <summary>A query value: null when absent, else one of the names, else a 400 naming <paramref name="field"/>.</summary>
    public static T? ParseQuery<T>(string? text, string field) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return TryParse<T>(text, out var value)
            ? value
            : throw new FieldException(field, ValidationTexts.Current.NotOneOf(text, Names<T>()));
    }

    private static class Cache<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<string, T> ByName =
            Enum.GetValues<T>().ToFrozenDictionary(value => Name(value), StringComparer.Ordinal);
    }
}
