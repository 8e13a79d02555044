using System.ComponentModel.DataAnnotations;
using Fairtrade.Silo.Http;

namespace Fairtrade.Silo.Participants;

public sealed record AddActivityRequest(
    [property: Required] DateOnly? Date,
    [property: Required, StringLength(200, MinimumLength = 1), SingleLine] string? Title);
