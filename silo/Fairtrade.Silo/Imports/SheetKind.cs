namespace Fairtrade.Silo.Imports;

/// <summary>What an imported sheet is: one of the renewal workbook's, or a list of the coordinator's own.</summary>
public enum SheetKind
{
    /// <summary>A sheet the export writes for reading only (summary, evidence index, changes): not imported.</summary>
    ReadOnly,
    Retail,
    Catering,
    CivilSociety,
    SteeringGroup,
    Council,
    Media,

    /// <summary>Any other sheet: a list of participants with a kind column (the lists coordinators keep today).</summary>
    ParticipantList,
}
