using Fairtrade.Rules.Participants;

namespace Fairtrade.Abstractions.Participants;

/// <summary>What a coordinator enters about a participant.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.ParticipantDetails")]
public sealed record ParticipantDetails(
    [property: Id(0), JsonPropertyName("kind")] ParticipantKind Kind,
    [property: Id(1), JsonPropertyName("name")] string Name,
    [property: Id(2), JsonPropertyName("address")] string? Address,
    [property: Id(3), JsonPropertyName("chain")] string? Chain,
    [property: Id(4), JsonPropertyName("products")] string[] Products,
    [property: Id(5), JsonPropertyName("contact")] Contact? Contact,
    [property: Id(6), JsonPropertyName("listPublicly")] bool ListPublicly)
{
    /// <summary>The language its mails and pages speak (<c>de</c>, <c>en</c>, <c>fr</c>, <c>it</c>); null: the town's.</summary>
    [Id(7), JsonPropertyName("language")] public string? Language { get; init; }
}
