namespace Fairtrade.Abstractions.Imports;

/// <summary>The stored state of an import journal: the steps of the import being applied, written once before the first is.</summary>
[GenerateSerializer, Alias("fairtrade.ImportJournalState")]
public sealed class ImportJournalState
{
    /// <summary>Null when no import is being applied.</summary>
    [Id(0), JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>The importing user, whom every step is applied and audited as.</summary>
    [Id(1), JsonPropertyName("actor")] public string Actor { get; set; } = "";

    /// <summary>The campaign's day the import was planned on.</summary>
    [Id(2), JsonPropertyName("asOf")] public DateOnly AsOf { get; set; }

    [Id(3), JsonPropertyName("steps")] public List<ImportStep> Steps { get; set; } = [];
}
