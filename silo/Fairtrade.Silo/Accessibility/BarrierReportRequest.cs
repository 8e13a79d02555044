using Fairtrade.Abstractions.Accessibility;

namespace Fairtrade.Silo.Accessibility;

/// <summary>A barrier someone met, from the statement's form or any client.</summary>
/// <param name="Page">Which page: its address or its name, one line.</param>
/// <param name="What">What happened, in the reporter's words; line breaks allowed.</param>
/// <param name="Email">Where to answer; optional.</param>
/// <param name="Language">The language of the page the report comes from; optional.</param>
public sealed record BarrierReportRequest(
    [property: Mandatory, TextLength(300, MinimumLength = 1), NotBlank, SingleLine] string? Page,
    [property: Mandatory, TextLength(4000, MinimumLength = 1), NotBlank] string? What,
    [property: TextLength(254), Email, SingleLine] string? Email,
    [property: OneOf("de", "en", "fr", "it", null)] string? Language)
{
    public BarrierReportDraft ToDraft() =>
        new(Page!.Trim(), What!.Trim(), Email?.Trim(), Language);
}
