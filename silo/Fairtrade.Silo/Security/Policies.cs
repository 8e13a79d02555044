namespace Fairtrade.Silo.Security;

/// <summary>
/// Who may call what. Each town-scoped policy also checks the route's <c>{slug}</c> against the towns the caller
/// works for (<see cref="TownAccessHandler"/>); the admin passes every one.
/// </summary>
public static class Policies
{
    public const string Admin = "admin";

    /// <summary>
    /// Manages accounts (create, role, towns, disable, password): an admin signed in with the browser session, or the admin
    /// token (the way back in); never a personal API token, which could otherwise make itself a new admin.
    /// </summary>
    public const string AccountAdmin = "account-admin";

    /// <summary>The national campaign office's work across towns (the console, renewal invitations and decisions): the campaign role or the admin.</summary>
    public const string Campaign = "campaign";

    /// <summary>Keeps a town's lists: the admin, or a coordinator of that town.</summary>
    public const string Coordinator = "coordinator";

    /// <summary>Reads a town's full lists, contacts included: its coordinators, its steering group, the campaign office.</summary>
    public const string TownReader = "town-reader";

    /// <summary>Coordinators, or an upload link of the town; the endpoint checks that a link only reaches its own participant.</summary>
    public const string CoordinatorOrParticipant = "coordinator-or-participant";

    /// <summary>An upload link of the town alone: what a participant does for itself, which no one does in its name.</summary>
    public const string Participant = "participant";

    /// <summary>Town readers, or an upload link of the town, which the endpoint limits to its own participant.</summary>
    public const string TownReaderOrParticipant = "town-reader-or-participant";

    /// <summary>
    /// A person signed in with the browser session (not an upload link, not a token): its own pages, password and API
    /// tokens, so a leaked token cannot make itself new tokens or change the password.
    /// </summary>
    public const string Account = "account";
}
