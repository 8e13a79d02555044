using System.ComponentModel.DataAnnotations;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Silo.Http;

namespace Fairtrade.Silo.Participants;

public sealed record ContactRequest(
    [property: StringLength(200), SingleLine] string? Person,
    [property: StringLength(254), EmailAddress, SingleLine] string? Email,
    [property: StringLength(50), RegularExpression(@"^[0-9 +()/.\-]*$", ErrorMessage = "phone may hold digits, spaces and + ( ) / . - only.")] string? Phone)
{
    public Contact ToContact() => new(Person?.Trim(), Email?.Trim(), Phone?.Trim());
}
