namespace Fairtrade.Silo.Security;

public static class Policies
{
    /// <summary>Coordinators keep a town's lists; the admin acts as coordinator of every town.</summary>
    public const string Coordinator = "coordinator";

    public const string Admin = "admin";
}
