namespace Fairtrade.Client.TownCriteria;

/// <summary>The criteria the town holds itself: <c>council</c>, <c>steering-group</c>, <c>media</c>.</summary>
public static class TownCriteriaCommands
{
    public static IEnumerable<Command> Create(CommandRunner runner) =>
        [CouncilCommands.Create(runner), SteeringGroupCommands.Create(runner), MediaCommands.Create(runner)];
}
