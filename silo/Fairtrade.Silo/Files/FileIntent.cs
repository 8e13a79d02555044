namespace Fairtrade.Silo.Files;

/// <summary>
/// What an upload is for: evidence <paramref name="EvidenceId"/> of <paramref name="Subject"/> in
/// <paramref name="Town"/> is about to reference the content <paramref name="Sha256"/>.
/// </summary>
public sealed record FileIntent(string Town, string Subject, string EvidenceId, string Sha256);
