using Fairtrade.Abstractions.Accounts;

namespace Fairtrade.Silo.Security;

public static class Roles
{
    public const string Admin = "admin";
    public const string Coordinator = "coordinator";

    /// <summary>A member of a town's steering group: reads everything of its town, changes nothing.</summary>
    public const string SteeringGroup = "steering-group";

    /// <summary>The national campaign office: reads every town in full, whatever its account's towns.</summary>
    public const string Campaign = "campaign";

    /// <summary>The holder of a participant's upload link.</summary>
    public const string Participant = "participant";

    public static string Of(AccountRole role) => role switch
    {
        AccountRole.Admin => Admin,
        AccountRole.Coordinator => Coordinator,
        AccountRole.Campaign => Campaign,
        _ => SteeringGroup,
    };
}
