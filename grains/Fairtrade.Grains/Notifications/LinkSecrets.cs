using System.Text.RegularExpressions;

namespace Fairtrade.Grains.Notifications;

/// <summary>
/// Keeps upload-link tokens out of what is read or kept of a reminder: its token is in its message only until the mail
/// has gone (or failed for good), and whoever reads the outbox (the steering group too) sees the link without it.
/// </summary>
internal static partial class LinkSecrets
{
    public const string Hidden = "…";

    public static string Hide(string message) => Token().Replace(message, "$1" + Hidden);

    [GeneratedRegex(@"(/upload#)[A-Za-z0-9._~-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
