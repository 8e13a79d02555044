namespace Fairtrade.Client.Towns;

public sealed record ExpiringEvidence(string Subject, string EvidenceId, string ValidUntil);
