using Fairtrade.Rules.Evidence;

namespace Fairtrade.Rules.Participants;

/// <summary>What the rules need to know of one retailer, café, school, club, faith community or workplace.</summary>
/// <param name="Products">What it offers since its last product change, or on every day when it never changed them.</param>
/// <param name="Archived">Whether it is archived: from <see cref="ArchivedOn"/> on, or without that day on every day.</param>
public sealed record ParticipantFacts(
    string Id,
    ParticipantKind Kind,
    IReadOnlyCollection<string> Products,
    IReadOnlyCollection<DateOnly> Activities,
    IReadOnlyCollection<EvidenceFacts> Evidence,
    bool Archived)
{
    /// <summary>The day archiving took effect: the participant counts on the days before it, never from it on.</summary>
    public DateOnly? ArchivedOn { get; init; }

    /// <summary>What it offered before each product change; each list on the days before its day and since the one before.</summary>
    public IReadOnlyCollection<ProductsUntil> EarlierProducts { get; init; } = [];

    public bool IsArchivedOn(DateOnly day) => Archived && (ArchivedOn is not { } from || from <= day);

    public IReadOnlyCollection<string> ProductsOn(DateOnly day) =>
        EarlierProducts.Where(earlier => day < earlier.Until).MinBy(earlier => earlier.Until)?.Products ?? Products;
}
