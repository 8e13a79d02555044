namespace Fairtrade.Rules.Participants;

/// <summary>
/// How a participant's changes enter its history: each takes effect on the day it is made, so every answer for a day
/// before stays what it was.
/// </summary>
public static class DatedChanges
{
    /// <summary>
    /// The earlier product lists once the products change from <paramref name="before"/> to <paramref name="after"/> on
    /// <paramref name="day"/>. A list replaced on the day it took effect was never a whole day's, so it is not kept.
    /// </summary>
    public static ProductsUntil[] ProductsChanged(IReadOnlyCollection<ProductsUntil> earlier, string[] before, string[] after, DateOnly day) =>
        before.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(after) || earlier.Any(p => p.Until >= day)
            ? [.. earlier]
            : [.. earlier, new ProductsUntil(day, before)];

    /// <summary>
    /// The day archiving takes effect when asked for <paramref name="requested"/>: a day it has already is only ever
    /// moved earlier (a correction); moving it later would make it count again on days already answered.
    /// </summary>
    public static DateOnly ArchivedOn(DateOnly? archivedOn, DateOnly requested) =>
        archivedOn is { } day && day < requested ? day : requested;
}
