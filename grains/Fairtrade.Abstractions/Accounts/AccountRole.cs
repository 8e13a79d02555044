namespace Fairtrade.Abstractions.Accounts;

/// <summary>
/// What an account may do: the admin everything, a coordinator its own towns, a steering-group member read its town,
/// the national campaign office read every town (and, with the renewal cycle, invite and decide renewals).
/// </summary>
[GenerateSerializer]
public enum AccountRole
{
    [JsonStringEnumMemberName("admin")] Admin,
    [JsonStringEnumMemberName("coordinator")] Coordinator,
    [JsonStringEnumMemberName("steering-group")] SteeringGroup,
    [JsonStringEnumMemberName("campaign")] Campaign,
}
