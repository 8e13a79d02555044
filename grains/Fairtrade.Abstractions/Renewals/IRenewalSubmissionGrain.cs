namespace Fairtrade.Abstractions.Renewals;

/// <summary>
/// A renewal's frozen submission (key: <c>{town}/{renewalId}</c>), stored apart from the renewals so that their
/// list stays small to read and write. Only the town's <see cref="IRenewalsGrain"/> writes it, before the renewal
/// says it was submitted; from then on it never changes.
/// </summary>
[Alias("fairtrade.IRenewalSubmissionGrain")]
public interface IRenewalSubmissionGrain : IGrainWithStringKey
{
    [Alias("Store")]
    Task StoreAsync(FrozenSubmission submission);

    [Alias("Get")]
    Task<FrozenSubmission?> GetAsync();
}
