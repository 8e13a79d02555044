namespace Fairtrade.Abstractions.Renewals;

/// <summary>The renewal as changed, or why nothing changed.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.RenewalOutcome")]
public sealed record RenewalOutcome(
    [property: Id(0)] Renewal? Renewal,
    [property: Id(1)] RenewalFailure? Failure)
{
    public static RenewalOutcome Done(Renewal renewal) => new(renewal, null);

    public static RenewalOutcome Refused(RenewalFailure failure) => new(null, failure);
}
