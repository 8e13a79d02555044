using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Rules.Status;

/// <summary>Everything the status depends on: the town's own criteria and one contribution per participant.</summary>
public sealed record TownFacts(
    string Slug,
    int Population,
    DateOnly? TitleAwardedOn,
    DateOnly? LastRenewedOn,
    DateOnly? ResolutionAdoptedOn,
    IReadOnlyCollection<string> CouncilProducts,
    IReadOnlyCollection<EvidenceFacts> CouncilEvidence,
    int SteeringGroupMembers,
    IReadOnlyCollection<EvidenceFacts> SteeringGroupEvidence,
    IReadOnlyCollection<DateOnly> ArticlesPublishedOn,
    IReadOnlyCollection<Contribution> Contributions);
