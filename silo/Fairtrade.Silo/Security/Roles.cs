namespace Fairtrade.Silo.Security;

public static class Roles
{
    public const string Admin = "admin";
    public const string Coordinator = "coordinator";

    /// <summary>The holder of a participant's upload link.</summary>
    public const string Participant = "participant";
}
