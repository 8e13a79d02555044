namespace Fairtrade.Silo.Participants;

public sealed record AddActivityRequest(
    [property: Mandatory] DateOnly? Date,
    [property: Mandatory, TextLength(200, MinimumLength = 1), SingleLine] string? Title);
