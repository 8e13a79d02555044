namespace Fairtrade.Rules.Participants;

/// <summary>Whether a participant counts on a day, and if not, every reason why not.</summary>
public sealed record ParticipantEvaluation(bool Qualifies, IReadOnlyList<ParticipantGap> Gaps)
{
    /// <summary>The reasons in plain English words, as the API gives them.</summary>
    public IReadOnlyList<string> Reasons => [.. Gaps.Select(g => g.InEnglish())];
}
