namespace Fairtrade.Silo.Security;

public static class Policies
{
    /// <summary>Coordinators keep a town's lists; the admin acts as coordinator of every town.</summary>
    public const string Coordinator = "coordinator";

    /// <summary>Coordinators, or a participant's upload link; the endpoint checks that a link only reaches its own participant.</summary>
    public const string CoordinatorOrParticipant = "coordinator-or-participant";

    public const string Admin = "admin";
}
