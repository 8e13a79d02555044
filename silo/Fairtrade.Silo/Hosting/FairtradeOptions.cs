using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Hosting;

/// <summary>The <c>Fairtrade</c> configuration section (environment: <c>Fairtrade__Key</c>).</summary>
public sealed class FairtradeOptions
{
    public const string Section = "Fairtrade";

    /// <summary>
/// With <see cref="StorageKind.Sqlite"/>, the folder of grain state, files, cookie keys and the admin token's hash; with
/// either storage, where generated secrets are handed over. Default <c>./data</c>.
/// </summary>
    [Required]
    public string DataDir { get; set; } = "data";

    /// <summary>Where the silo keeps its data. Default <see cref="StorageKind.Sqlite"/>.</summary>
    public StorageKind Storage { get; set; } = StorageKind.Sqlite;

    /// <summary>How silos find each other. Default <see cref="ClusteringKind.Localhost"/>.</summary>
    public ClusteringKind Clustering { get; set; } = ClusteringKind.Localhost;

    /// <summary>The IP address other silos reach this one on; it listens there. Default <c>127.0.0.1</c>.</summary>
    [Required]
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>Silos with the same id form one cluster. Default <c>fairtrade</c>.</summary>
    [Required, RegularExpression("^[A-Za-z0-9._-]{1,64}$")]
    public string ClusterId { get; set; } = "fairtrade";

    /// <summary>The address people reach the service on; links in upload QR codes and mails are built on it. Default: the first <c>--urls</c> address.</summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>
    /// The only senders (the entry point in front of the silos) whose <c>X-Forwarded-For</c> and <c>-Proto</c> are
    /// believed, as IP addresses separated by commas; loopback always is. Default: none.
    /// </summary>
    public string? KnownProxies { get; set; }

    /// <summary>The addresses of <see cref="KnownProxies"/>.</summary>
    public IEnumerable<string> KnownProxyAddresses =>
        (KnownProxies ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A folder of further ruleset files (<c>*.json</c>). Default: none, only the built-in rulesets.</summary>
    public string? RulesetsDir { get; set; }

    /// <summary>The admin's bearer token. Default: none; one is generated on first start, written once to an owner-only file in <see cref="DataDir"/>, and only its hash kept.</summary>
    public string? AdminToken { get; set; }

    /// <summary>The first admin account's user name, made at first start when there is no account. Default <c>admin</c>.</summary>
    [Required, RegularExpression(Http.Identifiers.Pattern)]
    public string AdminUser { get; set; } = "admin";

    /// <summary>The first admin's password. Default: none; one is generated at first start and written once to an owner-only file in <see cref="DataDir"/>.</summary>
    [StringLength(Accounts.Passwords.MaxLength, MinimumLength = Accounts.Passwords.MinLength)]
    public string? AdminPassword { get; set; }

    /// <summary>The time zone in which "today" is reckoned when a request gives no <c>asOf</c>. Default <c>Europe/Berlin</c>.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>The silo-to-silo port, on <see cref="AdvertisedAddress"/>. Default 11111.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>The Orleans client gateway port, on <see cref="AdvertisedAddress"/>. Default 30000.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The largest evidence file taken, in bytes. Default 20 MiB.</summary>
    [Range(1, 1L << 32)]
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>How often the reminders of every town are swept: due ones created and mailed. Default one hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ReminderRoundPeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the cluster looks whether a reminder round is due. Default one minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReminderCheckPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The operator's address that barrier reports from the accessibility statement are mailed to (when mail is
    /// configured), also shown on the statement. Default: none; reports are then only listed for the admin.
    /// </summary>
    [EmailAddress, StringLength(254)]
    public string? AccessibilityContact { get; set; }

    /// <summary>Limits on what one client may ask (section <c>Fairtrade:Limits</c>).</summary>
    public LimitOptions Limits { get; set; } = new();

    /// <summary>Load the demo town at start (also: the <c>--demo</c> command-line flag). Default false.</summary>
    public bool Demo { get; set; }
}
