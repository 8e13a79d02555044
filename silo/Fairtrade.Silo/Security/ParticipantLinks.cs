using System.Security.Claims;

namespace Fairtrade.Silo.Security;

/// <summary>What an upload link's holder is: one participant of one town, allowed to act for it alone.</summary>
public static class ParticipantLinks
{
    private const string TownClaim = "fairtrade:town";
    private const string ParticipantClaim = "fairtrade:participant";

    public static Claim[] Claims(UploadLinkToken link) =>
    [
        new(ClaimTypes.Name, $"upload-link:{link.LinkId}"),
        new(ClaimTypes.Role, Roles.Participant),
        new(TownClaim, link.Town),
        new(ParticipantClaim, link.Participant),
    ];

    public static bool IsParticipantLink(this ClaimsPrincipal user) => user.IsInRole(Roles.Participant);

    /// <summary>Coordinators act for every participant of their towns; a link's holder only for its own participant.</summary>
    public static bool MayActFor(this ClaimsPrincipal user, string town, string participant) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Coordinator)
        || (user.FindFirstValue(TownClaim) == town && user.FindFirstValue(ParticipantClaim) == participant);
}
