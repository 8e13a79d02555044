using Fairtrade.Grains.Localization;

namespace Fairtrade.Silo.Exports;

/// <summary>
/// What the renewal workbook says (WorkbookTexts.*.resx): sheet names, headers, words in cells. The import reads
/// these same words back in every language, so a sheet name here stays within Excel's 31 characters and avoids []:*?/\.
/// </summary>
public sealed class WorkbookTexts : TextCatalog<WorkbookTexts>
{
    public string Yes => Get();
    public string No => Get();
    public string SummarySheet => Get();
    public string RetailSheet => Get();
    public string CateringSheet => Get();
    public string CivilSocietySheet => Get();
    public string SteeringGroupSheet => Get();
    public string CouncilSheet => Get();
    public string MediaSheet => Get();
    public string EvidenceSheet => Get();
    public string ChangesSheet => Get();
    public string ResolutionAdoptedOn => Get();

    public IReadOnlyList<string> SummaryFacts => List();
    public IReadOnlyList<string> SummaryHeaders => List();
    public IReadOnlyList<string> OutletHeaders => List();
    public IReadOnlyList<string> CivilSocietyHeaders => List();
    public IReadOnlyList<string> SteeringGroupHeaders => List();
    public IReadOnlyList<string> CouncilHeaders => List();
    public IReadOnlyList<string> MediaHeaders => List();
    public IReadOnlyList<string> EvidenceHeaders => List();
    public IReadOnlyList<string> ChangesHeaders => List();

    /// <summary>Criteria by their rulesets' keys.</summary>
    public IReadOnlyDictionary<string, string> Criteria => Group();

    /// <summary>The kinds of civil society the summary counts by the word in the kind column.</summary>
    public IReadOnlyDictionary<string, string> Kinds => Group(["school", "club", "faith"]);

    [Composed]
    public string YesNo(bool value) => value ? Yes : No;
}
