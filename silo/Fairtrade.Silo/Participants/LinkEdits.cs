namespace Fairtrade.Silo.Participants;

/// <summary>
/// What a shop may change about itself through its upload link: how it is reached and what it offers, never who or
/// what it is (name, kind, chain), which the coordinator vouches for. A body naming any other field is refused whole.
/// </summary>
public static class LinkEdits
{
    public static readonly string[] Fields = ["products", "address", "contact", "listPublicly", "language"];

    /// <summary>Why the caller may not make this change, or null when it may (coordinators always may).</summary>
    public static async Task<ProblemHttpResult?> RefusalAsync(ClaimsPrincipal user, string slug, string id, HttpRequest http)
    {
        if (!user.IsParticipantLink())
        {
            return null;
        }

        if (!user.MayActFor(slug, id))
        {
            return Problems.Forbidden(t => t.LinkChangesOwnOnly);
        }

        var others = (await PatchNulls.NamedAsync(http)).Where(field => !Fields.Contains(field, StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToArray();
        return others.Length == 0 ? null
            : Problems.Forbidden(t => t.LinkChangesOnly(string.Join(", ", Fields), string.Join(", ", others)));
    }
}
