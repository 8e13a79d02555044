namespace Fairtrade.Abstractions.UploadLinks;

/// <summary>
/// What one upload link has sent lately (key: <see cref="Towns.GrainKeys.UploadQuota"/>), so that a link printed on a
/// shop counter cannot be used to flood the town with files. Only accepted uploads count.
/// </summary>
[Alias("fairtrade.IUploadQuotaGrain")]
public interface IUploadQuotaGrain : IGrainWithStringKey
{
    /// <summary>How long until an upload of <paramref name="bytes"/> fits within the limits; zero if it fits now.</summary>
    [Alias("WaitFor")]
    Task<TimeSpan> WaitForAsync(long bytes, UploadLimits limits);

    /// <summary>Counts an upload the service accepted.</summary>
    [Alias("Count")]
    Task CountAsync(long bytes);
}
