namespace Fairtrade.Rules.Rulesets;

/// <summary>
/// One range of a population-dependent number: up to <see cref="UpTo"/> inhabitants (inclusive; none for the last
/// band) the number is <c>Base + Step × round((population − From) / Per)</c>, or a fixed <see cref="Base"/> when
/// <see cref="Per"/> is 0. A band the campaign has not published carries the reason in <see cref="Unpublished"/>.
/// </summary>
public sealed record PopulationBand
{
    public int? UpTo { get; init; }

    public int Base { get; init; }

    public int Step { get; init; }

    public int Per { get; init; }

    public int From { get; init; }

    public Rounding Rounding { get; init; } = Rounding.Ceiling;

    public string? Unpublished { get; init; }

    public int Evaluate(int population)
    {
        if (Per == 0)
        {
            return Base;
        }

        var counted = Math.Max(0L, (long)population - From);
        var units = Rounding == Rounding.Ceiling ? (counted + Per - 1) / Per : counted / Per;
        return checked((int)(Base + (Step * units)));
    }
}
