using BenchmarkDotNet.Attributes;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Status;

namespace Fairtrade.Benchmarks;

/// <summary>What a status read costs when the town grain's per-day cache misses, and what one participant's change costs to evaluate.</summary>
[MemoryDiagnoser]
public class StatusBenchmarks
{
    private TownFacts _town = null!;
    private ParticipantFacts _participant = null!;

    [GlobalSetup]
    public void Setup()
    {
        var facts = CityTown.Facts();
        _town = CityTown.Town(facts);
        _participant = facts[0];
    }

    [Benchmark(Description = "status of a 700-participant town")]
    public StatusReport CalculateStatus() => StatusCalculator.Calculate(_town, CityTown.Ruleset, ProductVocabulary.Default, CityTown.Today);

    [Benchmark(Description = "one participant's contribution")]
    public Contribution Contribute() => ParticipantRules.Contribute(_participant, CityTown.Ruleset, ProductVocabulary.Default);
}
