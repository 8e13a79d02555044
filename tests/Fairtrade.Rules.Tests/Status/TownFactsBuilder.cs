using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;

namespace Fairtrade.Rules.Tests.Status;

/// <summary>A town with the Bottrop numbers that meets every de-town criterion on <see cref="Today"/>, unless told otherwise.</summary>
internal sealed class TownFactsBuilder
{
    public static readonly DateOnly Today = new(2026, 11, 25);
    public static readonly Ruleset DeTown = RulesetCatalog.Load(null).Get("de-town");

    private readonly List<ParticipantFacts> _participants = [];
    private DateOnly? _resolution = Today.AddYears(-3);
    private string[] _councilProducts = ["Kaffee", "Tee"];
    private EvidenceFacts[] _councilEvidence = [Approved("council-1", Today.AddMonths(-6))];
    private int _members = 3;
    private EvidenceFacts[] _steeringEvidence = [Approved("steering-1", Today.AddMonths(-6))];
    private List<DateOnly> _articles = [.. Enumerable.Range(1, 4).Select(i => Today.AddMonths(-i))];
    private DateOnly? _awarded = Today.AddYears(-1);
    private DateOnly? _renewed;

    public TownFactsBuilder()
    {
        Outlets(ParticipantKind.Retail, 22);
        Outlets(ParticipantKind.Catering, 11);
        foreach (var kind in new[] { ParticipantKind.School, ParticipantKind.Club, ParticipantKind.Faith })
        {
            _participants.Add(new ParticipantFacts($"{kind}-1".ToLowerInvariant(), kind, ["Kaffee"], [Today.AddMonths(-2)], [Approved($"e-{kind}", Today.AddMonths(-3))], false));
        }
    }

    public static EvidenceFacts Approved(string id, DateOnly effective) =>
        new(id, EvidenceStatus.Approved, effective, effective.AddMonths(DeTown.EvidenceValidityMonths));

    /// <summary>A shop with two products whose one declaration dates from <paramref name="declared"/>.</summary>
    public static ParticipantFacts Shop(string id, DateOnly declared) =>
        new(id, ParticipantKind.Retail, ["Kaffee", "Tee"], [], [Approved($"e-{id}", declared)], false);

    public TownFactsBuilder WithRetail(int count) => Replace(ParticipantKind.Retail, count);

    public TownFactsBuilder WithParticipant(ParticipantFacts participant)
    {
        _participants.Add(participant);
        return this;
    }

    public TownFactsBuilder WithoutCouncilEvidence()
    {
        _councilEvidence = [];
        return this;
    }

    public TownFactsBuilder WithCouncilProducts(params string[] products)
    {
        _councilProducts = products;
        return this;
    }

    public TownFactsBuilder WithSteeringEvidence(params EvidenceFacts[] evidence)
    {
        _steeringEvidence = evidence;
        return this;
    }

    public TownFactsBuilder WithMembers(int members)
    {
        _members = members;
        return this;
    }

    public TownFactsBuilder WithArticles(params DateOnly[] publishedOn)
    {
        _articles = [.. publishedOn];
        return this;
    }

    public TownFactsBuilder AwardedOn(DateOnly? day)
    {
        _awarded = day;
        return this;
    }

    public TownFactsBuilder RenewedOn(DateOnly? day)
    {
        _renewed = day;
        return this;
    }

    public TownFactsBuilder WithoutResolution()
    {
        _resolution = null;
        return this;
    }

    public TownFacts Build() => new(
        "bottrop", 117_311, _awarded, _renewed, _resolution, _councilProducts, _councilEvidence, _members, _steeringEvidence, _articles,
        [.. _participants.Select(p => ParticipantRules.Contribute(p, DeTown, ProductVocabulary.Default))]);

    public StatusReport StatusOn(DateOnly day) => StatusOn(day, DeTown);

    public StatusReport StatusOn(DateOnly day, Ruleset ruleset) => StatusCalculator.Calculate(Build(), ruleset, ProductVocabulary.Default, day);

    private TownFactsBuilder Replace(ParticipantKind kind, int count)
    {
        _participants.RemoveAll(p => p.Kind == kind);
        Outlets(kind, count);
        return this;
    }

    private void Outlets(ParticipantKind kind, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var id = $"{kind}-{i}".ToLowerInvariant();
            _participants.Add(new ParticipantFacts(id, kind, ["Kaffee", "Bananen"], [], [Approved($"e-{id}", Today.AddMonths(-12))], false));
        }
    }
}
