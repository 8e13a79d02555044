namespace Fairtrade.Abstractions.Renewals;

[GenerateSerializer, Alias("fairtrade.RenewalSubmissionState")]
public sealed class RenewalSubmissionState
{
    [Id(0), JsonPropertyName("submission")] public FrozenSubmission? Submission { get; set; }
}
