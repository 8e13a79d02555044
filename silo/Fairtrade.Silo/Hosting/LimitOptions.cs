namespace Fairtrade.Silo.Hosting;

/// <summary>Section <c>Fairtrade:Limits</c>: how much the public may ask of the service before it answers 429.</summary>
public sealed class LimitOptions
{
    public const int MaxSignInPerMinute = 10_000;

    /// <summary>Sign-in attempts (the form, and a password change's current password) from one client address in a minute. Default 10.</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Uploads one upload link may send in any hour. Default 30: a shop sends a few files a year.</summary>
    public int UploadsPerHour { get; set; } = 30;

    /// <summary>Bytes one upload link may send in any day. Default 200 MiB: ten of the largest files allowed.</summary>
    public long UploadBytesPerDay { get; set; } = 200L * 1024 * 1024;

    /// <summary>Barrier reports from one client address in an hour. Default 10: a person reports a few barriers at a time.</summary>
    public int BarrierReportsPerHour { get; set; } = 10;

    /// <summary>Barrier reports kept in all; beyond it a report is refused (503). Default 5,000, far more than are ever sent.</summary>
    public int BarrierReportsKept { get; set; } = 5_000;
}
