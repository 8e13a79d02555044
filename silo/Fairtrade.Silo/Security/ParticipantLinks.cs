namespace Fairtrade.Silo.Security;

/// <summary>What an upload link's holder is: one participant of one town, allowed to act for it alone.</summary>
public static class ParticipantLinks
{
    private const string NamePrefix = "upload-link:";

    public static Claim[] Claims(UploadLinkToken link) =>
    [
        new(ClaimTypes.Name, NamePrefix + link.LinkId),
        new(ClaimTypes.Role, Roles.Participant),
        new(FairtradeClaims.Town, link.Town),
        new(FairtradeClaims.Participant, link.Participant),
    ];

    public static bool IsParticipantLink(this ClaimsPrincipal user) => user.IsInRole(Roles.Participant);

    /// <summary>The participant a link's holder acts for, or null for anyone else.</summary>
    public static (string Town, string Participant)? LinkedParticipant(this ClaimsPrincipal user) =>
        user.IsParticipantLink() && user.FindFirstValue(FairtradeClaims.Town) is { } town && user.FindFirstValue(FairtradeClaims.Participant) is { } participant
            ? (town, participant)
            : null;

    /// <summary>The id of the upload link the caller holds, or null for anyone else.</summary>
    public static string? LinkId(this ClaimsPrincipal user) =>
        user.IsParticipantLink() && user.Identity?.Name is { } name && name.StartsWith(NamePrefix, StringComparison.Ordinal) ? name[NamePrefix.Length..] : null;

    /// <summary>Coordinators act for every participant of their towns; a link's holder only for its own participant.</summary>
    public static bool MayActFor(this ClaimsPrincipal user, string town, string participant) =>
        user.IsInRole(Roles.Admin) || (user.IsInRole(Roles.Coordinator) && user.HasTown(town))
        || (user.IsParticipantLink() && user.LinkedParticipant() == (town, participant));

    /// <summary>Whether the caller sees a town's full lists, contacts included: its admin, coordinators and steering group.</summary>
    public static bool Reads(this ClaimsPrincipal user, string town) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Campaign) || ((user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.SteeringGroup)) && user.HasTown(town));
}
