namespace Fairtrade.Silo.Security;

public static class Roles
{
    public const string Admin = "admin";
    public const string Coordinator = "coordinator";
}
