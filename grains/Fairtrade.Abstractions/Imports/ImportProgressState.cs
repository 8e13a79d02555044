namespace Fairtrade.Abstractions.Imports;

/// <summary>
/// The stored state of how far a journal is applied, kept apart from its steps so that noting each step rewrites a
/// few bytes, not the whole import.
/// </summary>
[GenerateSerializer, Alias("fairtrade.ImportProgressState")]
public sealed class ImportProgressState
{
    /// <summary>The journal these steps were counted for; another journal's count means none of this one's.</summary>
    [Id(0), JsonPropertyName("journalId")] public string? JournalId { get; set; }

    [Id(1), JsonPropertyName("applied")] public int Applied { get; set; }
}
