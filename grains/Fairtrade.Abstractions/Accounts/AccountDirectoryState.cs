namespace Fairtrade.Abstractions.Accounts;

[GenerateSerializer, Alias("fairtrade.AccountDirectoryState")]
public sealed class AccountDirectoryState
{
    [Id(0)] public SortedSet<string> UserNames { get; set; } = new(StringComparer.Ordinal);
}
