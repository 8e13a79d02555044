namespace Fairtrade.Rules.Participants;

/// <summary>What the public may see of a town's participants: on its pages, in its guide and in the status the API sends it.</summary>
public static class PublicListing
{
    /// <summary>The public sees a participant on a day only if it agreed to be listed and is not archived on that day.</summary>
    public static bool Shows(bool agreedToBeListed, bool archivedOnDay) => agreedToBeListed && !archivedOnDay;

    /// <summary>"Where to buy Fairtrade": of the participants the public sees, the shops, cafés and restaurants that count on the day.</summary>
    public static bool IsOutlet(ParticipantKind kind, bool qualifiesOnDay) => kind is ParticipantKind.Retail or ParticipantKind.Catering && qualifiesOnDay;
}
