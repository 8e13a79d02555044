using Fairtrade.Rules.Participants;

namespace Fairtrade.Rules.Tests.Participants;

/// <summary>Who the public sees, and which of them are where to buy Fairtrade.</summary>
public sealed class PublicListingTests
{
    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, false, false)]
    [InlineData(true, true, false)]
    [InlineData(false, true, false)]
    public void ThePublicSeesOnlyParticipantsThatAgreedToBeListedAndAreNotArchived(bool agreed, bool archived, bool shown) =>
        PublicListing.Shows(agreed, archived).ShouldBe(shown);

    [Theory]
    [InlineData(ParticipantKind.Retail, true, true)]
    [InlineData(ParticipantKind.Catering, true, true)]
    [InlineData(ParticipantKind.Retail, false, false)]
    [InlineData(ParticipantKind.School, true, false)]
    [InlineData(ParticipantKind.Workplace, true, false)]
    public void OnlyShopsCafesAndRestaurantsThatCountAreWhereToBuy(ParticipantKind kind, bool qualifies, bool outlet) =>
        PublicListing.IsOutlet(kind, qualifies).ShouldBe(outlet);
}
