using Orleans.Concurrency;

namespace Fairtrade.Abstractions.Imports;

/// <summary>
/// The import being applied to a town (key: slug), stored whole before its first step, so that a crash leaves all of
/// an import or none of it: what a crash interrupted is applied to the end when the town is next activated, or when
/// the next import starts. The import lease keeps a second import out meanwhile.
/// </summary>
[Alias("fairtrade.IImportJournalGrain")]
public interface IImportJournalGrain : IGrainWithStringKey
{
    /// <summary>Stores the import's steps, in one write; false while another import's steps are still being applied.</summary>
    [Alias("Begin")]
    Task<bool> BeginAsync(string actor, DateOnly asOf, ImportStep[] steps);

    /// <summary>
    /// Applies the next steps for about a second, each noted once applied (a call must answer within the cluster's
    /// response timeout); answers how many are left. At none the journal is cleared.
    /// </summary>
    [Alias("ApplySome")]
    Task<int> ApplySomeAsync();

    /// <summary>Applies, in the background, what a crash left unapplied; answers at once (the town calls it while activating).</summary>
    [Alias("Resume"), OneWay]
    Task ResumeAsync();
}
