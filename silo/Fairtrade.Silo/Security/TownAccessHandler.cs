using Microsoft.AspNetCore.Authorization;

namespace Fairtrade.Silo.Security;

/// <summary>Decides <see cref="TownAccessRequirement"/> from the caller's role and town claims and the route's town.</summary>
public sealed class TownAccessHandler : AuthorizationHandler<TownAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TownAccessRequirement requirement)
    {
        var user = context.User;
        var town = (context.Resource as HttpContext)?.GetRouteValue("slug") as string;
        var allowed = user.IsInRole(Roles.Admin)
            || (requirement.SteeringGroup && user.IsInRole(Roles.Campaign))
            || (town is not null && user.HasTown(town)
                && (user.IsInRole(Roles.Coordinator)
                    || (requirement.SteeringGroup && user.IsInRole(Roles.SteeringGroup))
                    || (requirement.Participant && user.IsInRole(Roles.Participant))));
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
