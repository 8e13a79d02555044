namespace Fairtrade.Abstractions.Imports;

/// <summary>Adds the activity unless the participant has one of that day and title.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.AddActivityStep")]
public sealed record AddActivityStep(
    [property: Id(0), JsonPropertyName("participant")] string Participant,
    [property: Id(1), JsonPropertyName("date")] DateOnly Date,
    [property: Id(2), JsonPropertyName("title")] string Title) : ImportStep;
