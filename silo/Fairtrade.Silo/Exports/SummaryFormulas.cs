namespace Fairtrade.Silo.Exports;

/// <summary>Each counter's actual number in the summary as a formula over the detail sheets, so an edited list moves it.</summary>
internal sealed class SummaryFormulas(WorkbookTexts t, string asOf, string mediaFrom)
{
    private readonly string _council = Sheet(t.CouncilSheet);
    private readonly string _categories = $"{Sheet(t.CouncilSheet)}B{RenewalWorkbook.CouncilHeaderRow + 1}:B{RenewalWorkbook.CouncilHeaderRow + RenewalWorkbook.CouncilRows}";

    public string Actual(string counter) => counter switch
    {
        "resolution" => $"IF(AND(ISNUMBER({_council}B1),{_council}B1<={asOf}),1,0)",
        "coffee" => $"IF(COUNTIF({_categories},\"coffee\")>0,1,0)",
        "products" => $"SUMPRODUCT(({_categories}<>\"\")/COUNTIF({_categories},{_categories}&\"\"))",
        "otherProducts" => $"SUMPRODUCT((({_categories}<>\"\")*({_categories}<>\"coffee\"))/COUNTIF({_categories},{_categories}&\"\"))",
        "members" => $"COUNTA({Sheet(t.SteeringGroupSheet)}A:A)-1",
        "retail" => $"COUNTIF({Sheet(t.RetailSheet)}F:F,\"{t.Yes}\")",
        "catering" => $"COUNTIF({Sheet(t.CateringSheet)}F:F,\"{t.Yes}\")",
        "school" or "club" or "faith" =>
            $"COUNTIFS({Sheet(t.CivilSocietySheet)}B:B,\"{t.Kinds[counter]}\",{Sheet(t.CivilSocietySheet)}F:F,\"{t.Yes}\")",
        "articles" => $"COUNTIFS({Sheet(t.MediaSheet)}A:A,\">=\"&{mediaFrom},{Sheet(t.MediaSheet)}A:A,\"<=\"&{asOf})",
        _ => throw new InvalidOperationException($"No formula for the counter '{counter}'."),
    };

    private static string Sheet(string name) => $"'{name.Replace("'", "''", StringComparison.Ordinal)}'!";
}
