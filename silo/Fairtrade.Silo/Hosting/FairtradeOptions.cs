using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Hosting;

/// <summary>The <c>Fairtrade</c> configuration section (environment: <c>Fairtrade__Key</c>).</summary>
public sealed class FairtradeOptions
{
    public const string Section = "Fairtrade";

    /// <summary>Where grain state and the admin token's hash live. Default <c>./data</c>.</summary>
    [Required]
    public string DataDir { get; set; } = "data";

    /// <summary>A folder of further ruleset files (<c>*.json</c>). Default: none, only the built-in rulesets.</summary>
    public string? RulesetsDir { get; set; }

    /// <summary>The admin's bearer token. Default: none; one is generated on first start, printed once, and only its hash kept.</summary>
    public string? AdminToken { get; set; }

    /// <summary>The first admin account's user name, made at first start when there is no account. Default <c>admin</c>.</summary>
    [Required, RegularExpression(Http.Identifiers.Pattern)]
    public string AdminUser { get; set; } = "admin";

    /// <summary>The first admin's password. Default: none; one is generated at first start and printed once.</summary>
    [StringLength(Accounts.Passwords.MaxLength, MinimumLength = Accounts.Passwords.MinLength)]
    public string? AdminPassword { get; set; }

    /// <summary>The time zone in which "today" is reckoned when a request gives no <c>asOf</c>. Default <c>Europe/Berlin</c>.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>The silo-to-silo port on loopback. Default 11111.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>The Orleans client gateway port on loopback. Default 30000.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The largest evidence file taken, in bytes. Default 20 MiB.</summary>
    [Range(1, 1L << 32)]
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Load the demo town at start (also: the <c>--demo</c> command-line flag). Default false.</summary>
    public bool Demo { get; set; }
}
