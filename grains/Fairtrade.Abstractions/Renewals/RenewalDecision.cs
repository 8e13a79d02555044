namespace Fairtrade.Abstractions.Renewals;

/// <summary>What the campaign office decides on a town's renewal.</summary>
[GenerateSerializer, Alias("fairtrade.RenewalDecision")]
public enum RenewalDecision
{
    [JsonStringEnumMemberName("renewed")] Renewed,

    /// <summary>Renewed, on conditions the comment names: the title period starts as with <see cref="Renewed"/>.</summary>
    [JsonStringEnumMemberName("conditional")] Conditional,

    /// <summary>Not renewed: no date changes, and the title lapses when it falls due.</summary>
    [JsonStringEnumMemberName("denied")] Denied,
}
