using Fairtrade.Rules.Participants;

namespace Fairtrade.Abstractions.Participants;

/// <summary>What a coordinator enters about a participant.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.ParticipantDetails")]
public sealed record ParticipantDetails(
    [property: Id(0)] ParticipantKind Kind,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Address,
    [property: Id(3)] string? Chain,
    [property: Id(4)] string[] Products,
    [property: Id(5)] Contact? Contact,
    [property: Id(6)] bool ListPublicly)
{
    /// <summary>The language its mails and pages speak (<c>de</c>, <c>en</c>, <c>fr</c>, <c>it</c>); null: the town's.</summary>
    [Id(7)] public string? Language { get; init; }
}
