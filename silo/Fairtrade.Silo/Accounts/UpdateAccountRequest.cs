using Fairtrade.Abstractions.Accounts;

namespace Fairtrade.Silo.Accounts;

/// <summary>An admin's change to an account; a new <c>password</c> also ends the account's sessions and lifts a lockout.</summary>
public sealed record UpdateAccountRequest(
    [property: TextLength(200, MinimumLength = 1), NotBlank] string? DisplayName,
    AccountRole? Role,
    string[]? Towns,
    bool? Disabled,
    [property: PasswordLength] string? Password);
