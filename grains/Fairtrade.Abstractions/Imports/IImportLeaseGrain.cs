namespace Fairtrade.Abstractions.Imports;

/// <summary>
/// Which import may write into a town now (key: slug): one at a time across the whole cluster, because an import plans
/// its changes from the town as it finds it. A lease lapses by itself, so an import whose silo died does not lock the
/// town for good.
/// </summary>
[Alias("fairtrade.IImportLeaseGrain")]
public interface IImportLeaseGrain : IGrainWithStringKey
{
    /// <summary>Takes the lease for <paramref name="holder"/> for <paramref name="duration"/>; false while another holds it.</summary>
    [Alias("TryTake")]
    Task<bool> TryTakeAsync(Guid holder, TimeSpan duration);

    /// <summary>Gives the lease back, if <paramref name="holder"/> still holds it.</summary>
    [Alias("Release")]
    Task ReleaseAsync(Guid holder);
}
