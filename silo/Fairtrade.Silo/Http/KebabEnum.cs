using System.Collections.Frozen;
using System.Text.Json;

namespace Fairtrade.Silo.Http;

/// <summary>The API's spelling of enum values (<c>member-list</c>, <c>civil-society</c>), and nothing else.</summary>
public static class KebabEnum
{
    public static IEnumerable<string> Names<T>() where T : struct, Enum => Cache<T>.ByName.Keys.Order(StringComparer.Ordinal);

    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum => Cache<T>.ByName.TryGetValue(text ?? "", out value);

    /// <summary>What is wrong with <paramref name="text"/> as a <typeparamref name="T"/>, in the reader's language; null when nothing is.</summary>
    public static string? Refusal<T>(string? text) where T : struct, Enum =>
        string.IsNullOrEmpty(text) || TryParse<T>(text, out _) ? null : ValidationTexts.Current.NotOneOf(text, Names<T>());

    /// <summary>A value <see cref="KebabNameAttribute{T}"/> has let through; null when absent.</summary>
    public static T? Checked<T>(string? text) where T : struct, Enum =>
        string.IsNullOrEmpty(text) ? null
        : TryParse<T>(text, out var value) ? value
        : throw new ArgumentException($"'{text}' reached a handler unchecked: its parameter lacks [KebabName].", nameof(text));

    private static class Cache<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<string, T> ByName =
            Enum.GetValues<T>().ToFrozenDictionary(value => Name(value), StringComparer.Ordinal);
    }
}
