namespace Fairtrade.Rules.Participants;

/// <summary>
/// One reason a participant does not count, as data, so each page can say it in its own language; <see cref="InEnglish"/>
/// is the API's wording.
/// </summary>
/// <param name="Have">Products offered (for <see cref="ParticipantGapKind.TooFewProducts"/>).</param>
/// <param name="Need">Products needed, or the activity window in months.</param>
/// <param name="ByCategory">Whether products are counted by category rather than one by one.</param>
[GenerateSerializer, Immutable, Alias("fairtrade.ParticipantGap")]
public sealed record ParticipantGap(
    [property: Id(0)] ParticipantGapKind Kind,
    [property: Id(1)] DateOnly AsOf,
    [property: Id(2)] int Have = 0,
    [property: Id(3)] int Need = 0,
    [property: Id(4)] bool ByCategory = false,
    [property: Id(5)] string Detail = "")
{
    public string InEnglish() => Kind switch
    {
        ParticipantGapKind.Archived => "It is archived and no longer counted.",
        ParticipantGapKind.KindDoesNotCount => Detail,
        ParticipantGapKind.TooFewProducts =>
            $"It offers {Have} Fairtrade {(ByCategory ? (Have == 1 ? "product category" : "product categories") : Have == 1 ? "product" : "products")}; at least {Need} are needed.",
        ParticipantGapKind.NoValidEvidence => $"It has no approved evidence valid on {AsOf:yyyy-MM-dd}.",
        _ => $"It has no Fairtrade activity in the {Need} months up to {AsOf:yyyy-MM-dd}.",
    };
}
