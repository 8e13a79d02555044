using Microsoft.AspNetCore.Authorization;

namespace Fairtrade.Silo.Security;

/// <summary>
/// Access to the town named by the route's <c>{slug}</c>, for the roles given; the admin always, a coordinator of the
/// town always. <paramref name="SteeringGroup"/>: readers too, the town's steering group and the campaign office (every town).
/// </summary>
public sealed record TownAccessRequirement(bool SteeringGroup, bool Participant) : IAuthorizationRequirement;
