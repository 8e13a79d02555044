namespace Fairtrade.Abstractions.Imports;

/// <summary>Removes the steering-group member an import replaces by its changed self; nothing when it is gone.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.RemoveMemberStep")]
public sealed record RemoveMemberStep([property: Id(0), JsonPropertyName("memberId")] string MemberId) : ImportStep;
