namespace Fairtrade.Client.Evidence;

/// <summary>One file's upload: the server's <c>Evidence</c> JSON, or why it was refused, or why no answer came.</summary>
public sealed record UploadOutcome(FileInfo File, string? Evidence, string? Refusal, string? Unreachable = null);
