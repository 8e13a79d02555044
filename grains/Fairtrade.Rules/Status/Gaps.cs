namespace Fairtrade.Rules.Status;

/// <summary>What is missing, in the words a steering group uses.</summary>
internal static class Gaps
{
    public static string More(int missing, string singular, string plural, string qualifier) =>
        $"{missing} more {(missing == 1 ? singular : plural)} {qualifier}".TrimEnd();

    public static string Describe(string counter, int missing, RulesetNumbers numbers) => counter switch
    {
        "resolution" => "a council resolution to take part and aim for the title",
        "coffee" => "Fairtrade coffee served at council meetings",
        "otherProducts" => More(missing, "Fairtrade product", "Fairtrade products", "besides coffee served at council meetings"),
        "products" => More(missing, "Fairtrade product", "Fairtrade products", "used by the administration"),
        "members" => More(missing, "steering-group member", "steering-group members", ""),
        "retail" => More(missing, "retail outlet", "retail outlets", $"with at least {numbers.MinRetailProducts} Fairtrade products"),
        "catering" => More(missing, "catering outlet", "catering outlets", $"with at least {numbers.MinCateringProducts} Fairtrade products"),
        "school" => More(missing, "school", "schools", numbers.CivilQualifier),
        "club" => More(missing, "club", "clubs", numbers.CivilQualifier),
        "faith" => More(missing, "faith community", "faith communities", numbers.CivilQualifier),
        "articles" => More(missing, "press article", "press articles", $"published in the last {numbers.MediaWindowMonths} months"),
        _ => $"{missing} more {counter}",
    };

    internal sealed record RulesetNumbers(int MinRetailProducts, int MinCateringProducts, int ActivityWindowMonths, int MediaWindowMonths)
    {
        public string CivilQualifier => $"using Fairtrade products with a Fairtrade activity in the last {ActivityWindowMonths} months";
    }
}
