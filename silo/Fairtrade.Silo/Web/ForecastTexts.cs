using Fairtrade.Abstractions.Evidence;
using Fairtrade.Grains.Localization;

namespace Fairtrade.Silo.Web;

/// <summary>
/// The forecast's words on the town's pages (ForecastTexts.*.resx; <see cref="ForecastLine"/> puts them together).
/// Who a cause names is put in one form into every phrase: German phrases name it after "bei", so names and
/// <see cref="Unlisted"/> stand in the dative; French and Italian phrases take it without a contracting article
/// ("pour", "presso"), so one form serves as subject and after the preposition.
/// </summary>
public sealed class ForecastTexts : TextCatalog<ForecastTexts>
{
    public string SafeUntil(string day, string causes) => Format(nameof(SafeUntil), day, causes);

    public string SafeAllYear(string day) => Format(nameof(SafeAllYear), day);

    public string NotMetToday(string causes) => Format(nameof(NotMetToday), causes);

    /// <summary>Who a cause names when the reader may not see the participant.</summary>
    public string Unlisted => Get();
    public string Council => Get();
    public string SteeringGroup => Get();

    /// <summary>Whose evidence, and which (<see cref="Evidence"/> when its kind has no noun of its own).</summary>
    public string EvidenceRunsOut(string who, string what) => Format(nameof(EvidenceRunsOut), who, what);
    public string Evidence => Get();
    public IReadOnlyDictionary<EvidenceKind, string> EvidenceNouns => field ??= EnumTexts.ByMember<EvidenceKind>(Group());

    public string ActivityAgesOut(string who) => Format(nameof(ActivityAgesOut), who);

    public string StopsCounting(string who) => Format(nameof(StopsCounting), who);

    public string ArticleAgesOut(string day) => Format(nameof(ArticleAgesOut), day);

    /// <summary>How many more of something are needed, <paramref name="more"/> already saying it; Italian's verb follows the count.</summary>
    public string Needed(int count, string more) => Format(count == 1 ? "Needed.One" : "Needed.Many", more);

    public string NoValidEvidence(string criterion) => Format(nameof(NoValidEvidence), criterion);

    public string Unpublished(string criterion) => Format(nameof(Unpublished), criterion);

    /// <summary>The what-if on the coordinator's town page: its heading, its button, and the answer's lead.</summary>
    public string WhatIf => Get();
    public string WhatIfButton => Get();

    public string IfTheseClosed(string names) => Format(nameof(IfTheseClosed), names);
}
