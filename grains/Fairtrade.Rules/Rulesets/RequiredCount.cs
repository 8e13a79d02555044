namespace Fairtrade.Rules.Rulesets;

/// <summary>A required number, or the reason the campaign publishes none for this population.</summary>
public readonly record struct RequiredCount(int Value, string? Unpublished)
{
    public bool IsPublished => Unpublished is null;

    public static RequiredCount Of(int value) => new(value, null);

    public static RequiredCount NotPublished(string reason) => new(0, reason);
}
