using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Fairtrade.Silo.Http;

/// <summary>
/// The days the API takes: 1900-01-01 to 2199-12-31, written yyyy-MM-dd. Nothing a campaign records lies outside,
/// and the rules add years to dates (title periods, evidence validity), which must not run off the calendar.
/// </summary>
public static class CampaignDates
{
    public static readonly DateOnly First = new(1900, 1, 1);
    public static readonly DateOnly Last = new(2199, 12, 31);

    public static string Range => $"{First:yyyy-MM-dd}..{Last:yyyy-MM-dd}";

    public static bool Holds(DateOnly day) => day >= First && day <= Last;

    /// <summary>Whether <paramref name="text"/> is a date written yyyy-MM-dd (in range or not).</summary>
    public static bool TryParse(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>Dates in JSON bodies: strictly yyyy-MM-dd and within <see cref="Range"/>.</summary>
    public sealed class Converter : JsonConverter<DateOnly>
    {
        public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && TryParse(reader.GetString(), out var day) && Holds(day)
                ? day
                : throw new JsonException($"Use a date from {Range} as yyyy-MM-dd.");

        public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
