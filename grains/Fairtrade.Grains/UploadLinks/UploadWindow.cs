using Fairtrade.Abstractions.UploadLinks;

namespace Fairtrade.Grains.UploadLinks;

/// <summary>The sliding hour and day a link's limits count in: pure, so the arithmetic is tested without a grain.</summary>
public static class UploadWindow
{
    public static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    public static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>How long from <paramref name="now"/> until one more upload of <paramref name="bytes"/> fits; zero if it fits now.</summary>
    /// <param name="uploads">The uploads accepted or under way, oldest first.</param>
    public static TimeSpan WaitFor(IReadOnlyList<CountedUpload> uploads, DateTimeOffset now, long bytes, UploadLimits limits)
    {
        var lastHour = uploads.Where(u => u.At > now - Hour).ToArray();
        var wait = TimeSpan.Zero;
        if (lastHour.Length >= limits.PerHour)
        {
            // The upload whose leaving the hour makes room for one more.
            wait = lastHour[lastHour.Length - limits.PerHour].At + Hour - now;
        }

        if (bytes > limits.BytesPerDay)
        {
            return Day;
        }

        var lastDay = uploads.Where(u => u.At > now - Day).ToArray();
        var sent = lastDay.Sum(u => u.Bytes);
        foreach (var upload in lastDay)
        {
            if (sent + bytes <= limits.BytesPerDay)
            {
                break;
            }

            sent -= upload.Bytes;
            wait = Max(wait, upload.At + Day - now);
        }

        return wait;
    }

    /// <summary>The uploads still inside the day, the rest forgotten.</summary>
    public static void Forget(List<CountedUpload> uploads, DateTimeOffset now) => uploads.RemoveAll(u => u.At <= now - Day);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
