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
        var index = links.FindIndex(l => l.Id == linkId);
        if (index < 0)
        {
            return null;
        }

        if (links[index].RevokedAt is not null)
        {
            return false;
        }

        links[index] = links[index] with { RevokedAt = now };
        audit.Record(actor, "upload-link.revoked", participant, new() { ["link"] = new FieldChange(null, linkId), ["revoked"] = new FieldChange("false", "true") });
        return true;
    }

    /// <summary>Whether the secret's hash opens a working link; <paramref name="noted"/> says its last use was recorded.</summary>
    public bool Opens(string linkId, string secretHash, DateTimeOffset now, out bool noted)
    {
        noted = false;
        var index = links.FindIndex(l => l.Id == linkId);
        if (index < 0 || !links[index].WorksAt(now) || !SecretHashes.Same(links[index].SecretHash, secretHash))
        {
            return false;
        }

        if (links[index].LastUsedAt is not { } last || now - last >= SecretHashes.UseResolution)
        {
            links[index] = links[index] with { LastUsedAt = now };
            noted = true;
        }

        return true;
    }
}
