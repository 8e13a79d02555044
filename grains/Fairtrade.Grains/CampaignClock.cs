namespace Fairtrade.Grains;

/// <summary>
/// The clock of the campaign's data (creation times, evidence dates), a keyed <see cref="TimeProvider"/> so tests
/// can move it without moving the clock Orleans itself runs on (membership and timers).
/// </summary>
public static class CampaignClock
{
    public const string ServiceKey = "fairtrade-campaign";
}
