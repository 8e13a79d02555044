namespace Fairtrade.Silo.Security;

/// <summary>The claims we put on a signed-in caller besides its name and role.</summary>
public static class FairtradeClaims
{
    /// <summary>A town the caller works for; a coordinator or steering-group member may have several.</summary>
    public const string Town = "fairtrade:town";

    /// <summary>The one participant an upload link acts for.</summary>
    public const string Participant = "fairtrade:participant";

    /// <summary>The account's security stamp when the session began; a new password ends older sessions.</summary>
    public const string Stamp = "fairtrade:stamp";

    /// <summary>The account's session a browser cookie belongs to; the account keeps it until sign-out.</summary>
    public const string Session = "fairtrade:session";

    /// <summary>The upload link's token inside the (encrypted) session cookie, so each request can check the link still works.</summary>
    public const string LinkToken = "fairtrade:link";

    public static bool HasTown(this ClaimsPrincipal user, string town) => user.HasClaim(Town, town);

    public static string[] Towns(this ClaimsPrincipal user) => [.. user.FindAll(Town).Select(c => c.Value)];
}
