namespace Fairtrade.Rules.Participants;

/// <summary>Whether a participant counts on a day, and if not, every reason why not, in plain words.</summary>
public sealed record ParticipantEvaluation(bool Qualifies, IReadOnlyList<string> Reasons);
