using System.Text.Json;
using System.Text.Json.Serialization;

namespace Fairtrade.Silo.Http;

/// <summary>Reads and writes enums only in the API's kebab-case spelling; numbers and other spellings are refused.</summary>
public sealed class KebabEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && KebabEnum.TryParse<T>(reader.GetString(), out var value)
                ? value
                : throw new JsonException($"Use one of {string.Join(", ", KebabEnum.Names<T>())}.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(KebabEnum.Name(value));
    }
}
