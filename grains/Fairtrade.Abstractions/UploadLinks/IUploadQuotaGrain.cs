namespace Fairtrade.Abstractions.UploadLinks;

/// <summary>
/// What one upload link has sent lately (key: <see cref="Towns.GrainKeys.UploadQuota"/>), so that a link printed on a
/// shop counter cannot be used to flood the town with files. An upload holds its place from before its first byte is
/// read, so uploads sent at once are counted against each other; only accepted uploads stay counted.
/// </summary>
[Alias("fairtrade.IUploadQuotaGrain")]
public interface IUploadQuotaGrain : IGrainWithStringKey
{
    /// <summary>Holds a place for an upload of <paramref name="bytes"/> (so far); the wait instead if it does not fit now.</summary>
    [Alias("Hold")]
    Task<UploadHold> HoldAsync(long bytes, UploadLimits limits);

    /// <summary>Grows a held place to the upload's size once known; zero if it still fits, else the wait (the place is then let go).</summary>
    [Alias("Resize")]
    Task<TimeSpan> ResizeAsync(string holdId, long bytes, UploadLimits limits);

    /// <summary>Counts the held upload for good: the service accepted it.</summary>
    [Alias("Count")]
    Task CountAsync(string holdId);

    /// <summary>Lets a held place go: the upload was refused or failed.</summary>
    [Alias("Release")]
    Task ReleaseAsync(string holdId);
}
