using Fairtrade.Abstractions.Participants;

namespace Fairtrade.Abstractions.Imports;

/// <summary>Creates the participant under the id chosen when the import was planned; nothing when it exists.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.CreateParticipantStep")]
public sealed record CreateParticipantStep(
    [property: Id(0), JsonPropertyName("id")] string Id,
    [property: Id(1), JsonPropertyName("details")] ParticipantDetails Details,
    [property: Id(2), JsonPropertyName("ruleset")] string Ruleset) : ImportStep;
