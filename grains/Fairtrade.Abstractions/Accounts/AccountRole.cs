namespace Fairtrade.Abstractions.Accounts;

/// <summary>What an account may do: the admin everything, a coordinator its own towns, a steering-group member read its town.</summary>
[GenerateSerializer]
public enum AccountRole
{
    Admin,
    Coordinator,
    SteeringGroup,
}
