using System.Globalization;

namespace Fairtrade.Silo.Audit;

/// <summary>Where the audit's <c>since</c> starts: an instant as given, or a day's start in the campaign's time zone.</summary>
public static class AuditSince
{
    private static readonly string[] InstantFormats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public static bool TryInstant(string? value, out DateTimeOffset instant)
    {
        instant = default;
        return value is not null && value.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParseExact(value, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    /// <summary>The start of a value <see cref="SinceAttribute"/> has let through; null when absent.</summary>
    public static DateTimeOffset? Of(string? value, CampaignCalendar calendar) =>
        TryInstant(value, out var instant) ? instant
        : Days.Parse(value) is { } day ? calendar.StartOf(day)
        : null;
}
