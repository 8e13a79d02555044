namespace Fairtrade.Rules.Rulesets;

public static class PopulationScale
{
    /// <summary>The number the bands give for <paramref name="population"/>, or why there is none.</summary>
    public static RequiredCount Evaluate(IReadOnlyList<PopulationBand> bands, int population)
    {
        var band = bands.First(b => b.UpTo is null || population <= b.UpTo);
        return band.Unpublished is { } reason ? RequiredCount.NotPublished(reason) : RequiredCount.Of(band.Evaluate(population));
    }
}
