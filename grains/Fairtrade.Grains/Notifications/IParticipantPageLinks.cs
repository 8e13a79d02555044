namespace Fairtrade.Grains.Notifications;

/// <summary>
/// A way for a participant to act on its reminder: the address of its own page, opened by a fresh upload link. Stored
/// links keep only their secret's hash, so a reminder cannot carry an earlier one; the host makes a new link each time.
/// </summary>
public interface IParticipantPageLinks
{
    /// <summary>
    /// With <paramref name="mint"/>, makes an upload link for the participant that works through <paramref name="lastDay"/>
    /// (audited and listed like any link) and answers its full address; without, answers that address with the token
    /// left out, for a reminder that is only listed. Null when the service has no public address to build it on.
    /// </summary>
    Task<string?> PageAsync(string town, string participant, DateOnly lastDay, bool mint);
}
