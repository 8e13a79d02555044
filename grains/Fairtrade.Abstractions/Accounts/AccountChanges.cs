namespace Fairtrade.Abstractions.Accounts;

/// <summary>What an admin changes on an account; null leaves a field as it is.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.AccountChanges")]
public sealed record AccountChanges(
    [property: Id(0)] string? DisplayName,
    [property: Id(1)] AccountRole? Role,
    [property: Id(2)] string[]? Towns,
    [property: Id(3)] bool? Disabled);
