using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.UploadLinks;
using Fairtrade.Grains.Audit;
using Fairtrade.Grains.Security;

namespace Fairtrade.Grains.UploadLinks;

/// <summary>
/// A participant's upload links: made, revoked and checked here alone, with each change in the audit trail. The
/// caller saves the state when a method says it changed something.
/// </summary>
internal sealed class UploadLinkBook(List<UploadLink> links, AuditOutbox audit, string participant)
{
    /// <summary>The new link, or null if its id is taken.</summary>
    public UploadLink? Create(UploadLinkDraft draft, string actor, DateTimeOffset now)
    {
        if (links.Exists(l => l.Id == draft.Id))
        {
            return null;
        }

        var link = new UploadLink(draft.Id, draft.SecretHash, now, actor, draft.ExpiresAt, null, null);
        links.Add(link);
        audit.Record(actor, "upload-link.created", participant, AuditChanges.Between(null, new { Link = link.Id, link.ExpiresAt }));
        return link;
    }

    /// <summary>Null if there is no such link; else whether this revoked it (false: it was revoked already).</summary>
    public bool? Revoke(string linkId, string actor, DateTimeOffset now)
    {
        var revoked = new SecretRing<UploadLink>(links).Revoke(linkId, now);
        if (revoked == true)
        {
            audit.Record(actor, "upload-link.revoked", participant, new() { ["link"] = new FieldChange(null, linkId), ["revoked"] = new FieldChange("false", "true") });
        }

        return revoked;
    }

    /// <summary>Whether the secret's hash opens a working link; <paramref name="noted"/> says its last use was recorded.</summary>
    public bool Opens(string linkId, string secretHash, DateTimeOffset now, out bool noted) =>
        new SecretRing<UploadLink>(links).Opens(linkId, secretHash, now, out noted);
}
