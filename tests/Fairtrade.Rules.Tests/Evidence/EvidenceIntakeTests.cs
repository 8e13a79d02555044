using Fairtrade.Rules.Evidence;

namespace Fairtrade.Rules.Tests.Evidence;

/// <summary>Evidence a coordinator vouches for counts at once; what a participant sends waits for review.</summary>
public sealed class EvidenceIntakeTests
{
    [Theory]
    [InlineData(EvidenceSource.Coordinator, EvidenceStatus.Approved)]
    [InlineData(EvidenceSource.Participant, EvidenceStatus.Submitted)]
    public void HowEvidenceStandsOnArrivalFollowsWhoVouchesForIt(EvidenceSource source, EvidenceStatus status) =>
        EvidenceIntake.StatusOnArrival(source).ShouldBe(status);
}
