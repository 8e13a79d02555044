using Fairtrade.Abstractions.TownCriteria;

namespace Fairtrade.Abstractions.Imports;

/// <summary>
/// Adds a steering-group member unless the group holds <paramref name="Count"/> members just like it already: the
/// number it holds once this step is applied (a group may have two members of the same name).
/// </summary>
[GenerateSerializer, Immutable, Alias("fairtrade.AddMemberStep")]
public sealed record AddMemberStep(
    [property: Id(0), JsonPropertyName("name")] string Name,
    [property: Id(1), JsonPropertyName("sector")] Sector Sector,
    [property: Id(2), JsonPropertyName("organisation")] string? Organisation,
    [property: Id(3), JsonPropertyName("count")] int Count) : ImportStep
{
    public bool Matches(SteeringGroupMember member) => member.Name == Name && member.Sector == Sector && member.Organisation == Organisation;
}
