using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Notifications.Mail;

/// <summary>The <c>Fairtrade:Smtp</c> configuration section (environment: <c>Fairtrade__Smtp__Key</c>).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Fairtrade:Smtp";

    /// <summary>The SMTP server's host name or address. Default: none, and then no e-mail is sent.</summary>
    public string? Host { get; set; }

    /// <summary>The SMTP server's port. Default 25.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>The sender address, e.g. <c>Fairtrade Bottrop &lt;fairtrade@bottrop.de&gt;</c>. Default: none; required when <see cref="Host"/> is set.</summary>
    public string? From { get; set; }

    /// <summary>
    /// The user name to log in with. Default: none, and then the server is used without logging in. When set, the
    /// connection must be upgraded with STARTTLS first, whatever <see cref="StartTls"/> says.
    /// </summary>
    public string? UserName { get; set; }

    /// <summary>The password to log in with, used only with <see cref="UserName"/>. Default: none.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// Require STARTTLS and send nothing without it. Default false: the connection is upgraded when the server offers
    /// STARTTLS, else mail goes in clear (a relay on the same host or network).
    /// </summary>
    public bool StartTls { get; set; }

    /// <summary>How long one message may take to send, in seconds. Default 30.</summary>
    [Range(1, 3600)]
    public int TimeoutSeconds { get; set; } = 30;
}
