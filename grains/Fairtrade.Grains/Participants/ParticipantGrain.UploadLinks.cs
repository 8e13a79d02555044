using Fairtrade.Abstractions.UploadLinks;
using Fairtrade.Grains.UploadLinks;

namespace Fairtrade.Grains.Participants;

/// <summary>Links that let someone without an account upload evidence for this participant.</summary>
public sealed partial class ParticipantGrain
{
    private UploadLinkBook Links => new(state.State.UploadLinks, Audit, Id);

    public async Task<UploadLink?> CreateUploadLinkAsync(UploadLinkDraft draft, string actor)
    {
        if (!Exists || Links.Create(draft, actor, time.GetUtcNow()) is not { } link)
        {
            return null;
        }

        await SaveAsync();
        return link;
    }

    public Task<UploadLink[]?> GetUploadLinksAsync() => Task.FromResult(Exists ? state.State.UploadLinks.ToArray() : null);

    public async Task<bool> RevokeUploadLinkAsync(string linkId, string actor)
    {
        var revoked = Exists ? Links.Revoke(linkId, actor, time.GetUtcNow()) : null;
        if (revoked == true)
        {
            await SaveAsync();
        }

        return revoked is not null;
    }

    public async Task<bool> OpensUploadLinkAsync(string linkId, string secretHash)
    {
        // An archived participant takes no more evidence: its links stop with it.
        if (!Exists || state.State.Archived || !Links.Opens(linkId, secretHash, time.GetUtcNow(), out var noted))
        {
            return false;
        }

        if (noted)
        {
            await SaveAsync();
        }

        return true;
    }
}
