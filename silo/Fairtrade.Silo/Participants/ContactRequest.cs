using Fairtrade.Abstractions.Participants;

namespace Fairtrade.Silo.Participants;

public sealed record ContactRequest(
    [property: TextLength(200), SingleLine] string? Person,
    [property: TextLength(254), Email, SingleLine] string? Email,
    [property: TextLength(50), PhoneNumber] string? Phone)
{
    public Contact ToContact() => new(Person?.Trim(), Email?.Trim(), Phone?.Trim());
}
