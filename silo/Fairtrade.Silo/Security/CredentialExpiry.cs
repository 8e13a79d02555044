namespace Fairtrade.Silo.Security;

/// <summary>
/// When a new upload link or API token stops working: the last day asked for, or without one the longest a credential
/// of its kind may live. A day in the past or beyond that longest is refused, naming <c>expiresOn</c>.
/// </summary>
public static class CredentialExpiry
{
    public static ValidationProblem? TryResolve(
        DateOnly? expiresOn, TimeSpan maxLifetime, CampaignCalendar calendar, out DateTimeOffset expiresAt)
    {
        // The end of the last day never lies beyond the credential's own limit, counted from now.
        var lastDay = calendar.Today.AddDays((int)maxLifetime.TotalDays - 1);
        var day = expiresOn ?? lastDay;
        expiresAt = calendar.StartOf(day.AddDays(1)).ToUniversalTime();
        if (day < calendar.Today)
        {
            return Problems.Field("expiresOn", t => t.ExpiresInPast(calendar.Today));
        }

        return day > lastDay
            ? Problems.Field("expiresOn", t => t.ExpiresTooLate(lastDay))
            : null;
    }
}
