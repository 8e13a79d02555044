namespace Fairtrade.Silo.Imports;

/// <summary>Everything a workbook asks for, read and checked row by row, before it is compared with the town.</summary>
public sealed record ImportBatch(
    IReadOnlyList<ImportedParticipant> Participants,
    IReadOnlyList<ImportedMember> Members,
    IReadOnlyList<ImportedArticle> Articles,
    ImportedCouncil? Council);
