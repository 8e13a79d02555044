using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Renewals;
using Fairtrade.Rules.Status;

namespace Fairtrade.Grains.Notifications;

/// <summary>
/// What the weekly digest tells, gathered once per town and week for all its readers: participants by their own
/// names, the council's and the steering group's evidence by subject, named in each reader's language.
/// </summary>
/// <param name="WeekOf">The Monday of the digest's week.</param>
/// <param name="Changes">The audit trail of the seven days before, oldest first.</param>
/// <param name="Waiting">Evidence waiting for review: whose (subject, and a participant's name), and the day it is dated.</param>
/// <param name="RunningOut">What stops counting within 60 days: whose, and the last day it counts.</param>
internal sealed record DigestFacts(
    string TownName,
    DateOnly WeekOf,
    StatusReport Status,
    IReadOnlyList<AuditEntry> Changes,
    IReadOnlyList<(string Subject, string? Name, DateOnly Dated)> Waiting,
    IReadOnlyList<(string Subject, string? Name, DateOnly LastDay)> RunningOut,
    Renewal? OpenRenewal);
