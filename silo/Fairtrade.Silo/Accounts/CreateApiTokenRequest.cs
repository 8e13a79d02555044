namespace Fairtrade.Silo.Accounts;

/// <param name="Name">What the token is for ("laptop", "weekly export script").</param>
/// <param name="ExpiresOn">The last day the token works; none: the longest a token may work (366 days from today).</param>
public sealed record CreateApiTokenRequest(
    [property: Mandatory, TextLength(100, MinimumLength = 1), NotBlank] string? Name,
    DateOnly? ExpiresOn);
