using Fairtrade.Grains.Localization;
using Fairtrade.Rules.Status;

namespace Fairtrade.Silo.Web;

/// <summary>What the public pages say (PageTexts.*.resx); users' own text is never in here.</summary>
public sealed class PageTexts : TextCatalog<PageTexts>
{
    public string SiteName => Get();
    public string TownsHeading => Get();
    public string NoTowns => Get();
    public string StatusHeading => Get();
    public string Met => Get();
    public string NotMet => Get();

    /// <summary>The lead of what a criterion still lacks, its colon included (French sets it apart).</summary>
    public string Missing => Get();
    public string HistoryHeading => Get();
    public string OutletsHeading => Get();
    public string NoOutlets => Get();
    public string PressHeading => Get();
    public string NoPress => Get();
    public string ExpiringHeading => Get();
    public string LiveNote => Get();
    public string OtherLanguages => Get();

    public string Population(string inhabitants) => Format(nameof(Population), inhabitants);

    public string HistoryCaption(int met, int criteria) => Format(nameof(HistoryCaption), met, criteria);

    public string DaysUntilRenewal(int days) => days switch
    {
        1 => Format("DaysUntilRenewal.DueOne", days),
        >= 0 => Format("DaysUntilRenewal.DueMany", days),
        -1 => Format("DaysUntilRenewal.OverdueOne", -days),
        _ => Format("DaysUntilRenewal.OverdueMany", -days),
    };

    public string ExpiresOn(string day) => Format(nameof(ExpiresOn), day);

    /// <summary>How many more of something: "1 more shop", "noch 1 Geschäft".</summary>
    public string More(int missing, string thing) => Format(nameof(More), missing, thing);

    public IReadOnlyDictionary<OverallStatus, string> Overall => field ??= EnumTexts.ByMember<OverallStatus>(Group());
    public IReadOnlyDictionary<TitleState, string> Title => field ??= EnumTexts.ByMember<TitleState>(Group());
    public IReadOnlyDictionary<string, string> Criteria => Group(["council", "steering-group", "retail-catering", "civil-society", "media"]);
    public IReadOnlyDictionary<string, string> Kinds => Group(["retail", "catering"]);

    /// <summary>What the counters count, each as <c>retail.one</c> and <c>retail.many</c>.</summary>
    public IReadOnlyDictionary<string, string> Counters => Group();

    /// <summary>What a counter counts, in the singular for one; a counter without words is shown by its key.</summary>
    [Composed]
    public string Counter(string counter, int count) =>
        Counters.TryGetValue($"{counter}.{(count == 1 ? "one" : "many")}", out var name) ? name : counter;
}
