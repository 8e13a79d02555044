using Fairtrade.Abstractions.Participants;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Abstractions.Imports;

/// <summary>Sets the fields an import changes to their new values; a null field stays as it is.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.ChangeParticipantStep")]
public sealed record ChangeParticipantStep(
    [property: Id(0), JsonPropertyName("id")] string Id,
    [property: Id(1), JsonPropertyName("kind")] ParticipantKind? Kind,
    [property: Id(2), JsonPropertyName("name")] string? Name,
    [property: Id(3), JsonPropertyName("address")] string? Address,
    [property: Id(4), JsonPropertyName("chain")] string? Chain,
    [property: Id(5), JsonPropertyName("products")] string[]? Products,
    [property: Id(6), JsonPropertyName("contact")] Contact? Contact,
    [property: Id(7), JsonPropertyName("listPublicly")] bool? ListPublicly) : ImportStep
{
    public ParticipantChanges ToChanges() => new(Kind, Name, Address, Chain, Products, Contact, ListPublicly, []);
}
