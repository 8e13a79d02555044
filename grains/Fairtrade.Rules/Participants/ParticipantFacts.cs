using Fairtrade.Rules.Evidence;

namespace Fairtrade.Rules.Participants;

/// <summary>What the rules need to know of one retailer, café, school, club, faith community or workplace.</summary>
public sealed record ParticipantFacts(
    string Id,
    ParticipantKind Kind,
    IReadOnlyCollection<string> Products,
    IReadOnlyCollection<DateOnly> Activities,
    IReadOnlyCollection<EvidenceFacts> Evidence,
    bool Archived);
