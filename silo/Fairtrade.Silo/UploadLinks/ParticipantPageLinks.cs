using Fairtrade.Abstractions.UploadLinks;
using Fairtrade.Grains.Notifications;
using Fairtrade.Grains.Persistence;
using Fairtrade.Silo.Web;

namespace Fairtrade.Silo.UploadLinks;

/// <summary>
/// The upload link a participant's reminder carries: made like a coordinator's (listed, audited under
/// <see cref="Actor"/>, revocable), on the public address alone, since a mail cannot be corrected once it has gone.
/// </summary>
public sealed class ParticipantPageLinks(IGrainFactory grains, PublicAddress address, CampaignCalendar calendar) : IParticipantPageLinks
{
    public const string Actor = "reminders";

    public async Task<string?> PageAsync(string town, string participant, DateOnly lastDay, bool mint)
    {
        if (address.KnownOf("upload") is null)
        {
            return null;
        }

        if (!mint)
        {
            return address.Of("upload#…");
        }

        var token = UploadLinkToken.New(town, participant, Ids.New());
        var expiresAt = calendar.StartOf(lastDay.AddDays(1)).ToUniversalTime();
        var link = await grains.Participant(town, participant).CreateUploadLinkAsync(new UploadLinkDraft(token.LinkId, token.SecretHash, expiresAt), Actor);
        return link is null ? null : address.Of($"upload#{token.Value}");
    }
}
