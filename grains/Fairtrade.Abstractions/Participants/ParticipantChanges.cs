using Fairtrade.Rules.Participants;

namespace Fairtrade.Abstractions.Participants;

/// <summary>A partial update of a participant; null leaves a field as it is.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.ParticipantChanges")]
public sealed record ParticipantChanges(
    [property: Id(0)] ParticipantKind? Kind,
    [property: Id(1)] string? Name,
    [property: Id(2)] string? Address,
    [property: Id(3)] string? Chain,
    [property: Id(4)] string[]? Products,
    [property: Id(5)] Contact? Contact,
    [property: Id(6)] bool? ListPublicly)
{
    public ParticipantDetails ApplyTo(ParticipantDetails details) => new(
        Kind ?? details.Kind, Name ?? details.Name, Address ?? details.Address, Chain ?? details.Chain,
        Products ?? details.Products, Contact ?? details.Contact, ListPublicly ?? details.ListPublicly);
}
