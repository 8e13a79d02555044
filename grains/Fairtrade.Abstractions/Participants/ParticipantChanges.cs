using Fairtrade.Rules.Participants;

namespace Fairtrade.Abstractions.Participants;

/// <summary>A partial update of a participant; null leaves a field as it is, unless <see cref="Cleared"/> names it.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.ParticipantChanges")]
public sealed record ParticipantChanges(
    [property: Id(0)] ParticipantKind? Kind,
    [property: Id(1)] string? Name,
    [property: Id(2)] string? Address,
    [property: Id(3)] string? Chain,
    [property: Id(4)] string[]? Products,
    [property: Id(5)] Contact? Contact,
    [property: Id(6)] bool? ListPublicly,
    [property: Id(7)] string[] Cleared)
{
    [Id(8)] public string? Language { get; init; }

    public ParticipantDetails ApplyTo(ParticipantDetails details) => new(
        Kind ?? details.Kind, Name ?? details.Name,
        Cleared.Contains(nameof(Address)) ? null : Address ?? details.Address,
        Cleared.Contains(nameof(Chain)) ? null : Chain ?? details.Chain,
        Products ?? details.Products,
        Cleared.Contains(nameof(Contact)) ? null : Contact ?? details.Contact,
        ListPublicly ?? details.ListPublicly)
    {
        Language = Cleared.Contains(nameof(Language)) ? null : Language ?? details.Language,
    };
}
