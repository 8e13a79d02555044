namespace Fairtrade.Abstractions.Accounts;

[GenerateSerializer, Alias("fairtrade.AccountDirectoryState")]
public sealed class AccountDirectoryState
{
    [Id(0), JsonPropertyName("userNames")] public SortedSet<string> UserNames { get; set; } = new(StringComparer.Ordinal);
}
