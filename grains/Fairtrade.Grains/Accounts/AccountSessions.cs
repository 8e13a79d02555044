using Fairtrade.Abstractions.Accounts;
using Fairtrade.Grains.Persistence;

namespace Fairtrade.Grains.Accounts;

/// <summary>The open browser sessions an account keeps: started on sign-in, checked on each request, ended on sign-out.</summary>
internal sealed class AccountSessions(List<AccountSession> sessions)
{
    // Phones, laptops and office computers of one person; the oldest session ends when a further one starts.
    private const int MaxOpen = 20;

    public string Start(DateTimeOffset now)
    {
        Prune(now);
        var session = new AccountSession(Ids.New(), now);
        sessions.Insert(0, session);
        if (sessions.Count > MaxOpen)
        {
            sessions.RemoveRange(MaxOpen, sessions.Count - MaxOpen);
        }

        return session.Id;
    }

    public bool IsOpen(string id, DateTimeOffset now) => sessions.Exists(s => s.Id == id && !Aged(s, now));

    /// <summary>Whether this ended a session (false: it had ended already).</summary>
    public bool End(string id) => sessions.RemoveAll(s => s.Id == id) > 0;

    /// <summary>Whether there were sessions to end.</summary>
    public bool EndAll()
    {
        var any = sessions.Count > 0;
        sessions.Clear();
        return any;
    }

    private void Prune(DateTimeOffset now) => sessions.RemoveAll(s => Aged(s, now));

    private static bool Aged(AccountSession session, DateTimeOffset now) => now - session.StartedAt >= AccountSession.MaxAge;
}
