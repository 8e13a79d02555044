using Fairtrade.Grains.Localization;

namespace Fairtrade.Silo.Campaign;

/// <summary>What the campaign office's console and its workbook say (CampaignTexts.*.resx).</summary>
public sealed class CampaignTexts : TextCatalog<CampaignTexts>
{
    /// <summary>The table's columns by the API's field names, in the table's order.</summary>
    private static readonly string[] ColumnFields =
        ["name", "population", "overall", "title", "renewalDueOn", "safeUntil", "renewal", "pendingReviews", "lastChangeAt"];

    public string Console => Get();
    public string Towns => Get();
    public string PopulationCovered => Get();
    public string DueWithin90Days => Get();
    public string AllStates => Get();
    public string Search => Get();
    public string Show => Get();
    public string Workbook => Get();
    public string NoTowns => Get();
    public string Page => Get();
    public string Of => Get();
    public string Previous => Get();
    public string Next => Get();
    public string Invite => Get();
    public string InvitedOn => Get();
    public string InviteSelected => Get();
    public string Invited => Get();
    public string Submitted => Get();
    public string Late => Get();
    public string SheetName => Get();
    public IReadOnlyDictionary<string, string> Decisions => Group(["renewed", "conditional", "denied"]);
    public IReadOnlyList<string> WorkbookHeaders => List();
    public IReadOnlyDictionary<string, string> ColumnHeaders => Group(ColumnFields);

    /// <summary>Column headers by the API's field names, in the table's order.</summary>
    [Composed]
    public IReadOnlyList<(string Field, string Header)> Columns => [.. ColumnFields.Select(name => (name, ColumnHeaders[name]))];
}
