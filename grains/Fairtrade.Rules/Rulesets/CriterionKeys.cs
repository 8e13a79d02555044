namespace Fairtrade.Rules.Rulesets;

/// <summary>The five international Fairtrade Town criteria.</summary>
public static class CriterionKeys
{
    public const string Council = "council";
    public const string SteeringGroup = "steering-group";
    public const string RetailCatering = "retail-catering";
    public const string CivilSociety = "civil-society";
    public const string Media = "media";

    public static readonly IReadOnlyDictionary<string, string> Titles = new Dictionary<string, string>
    {
        [Council] = "Council resolution",
        [SteeringGroup] = "Steering group",
        [RetailCatering] = "Retail and catering",
        [CivilSociety] = "Civil society",
        [Media] = "Media",
    };
}
