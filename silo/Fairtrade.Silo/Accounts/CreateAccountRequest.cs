using Fairtrade.Abstractions.Accounts;

namespace Fairtrade.Silo.Accounts;

/// <param name="Towns">The towns a coordinator keeps or a steering-group member reads; the admin needs none.</param>
public sealed record CreateAccountRequest(
    [property: Mandatory, Identifier] string? UserName,
    [property: Mandatory, TextLength(200, MinimumLength = 1), NotBlank] string? DisplayName,
    [property: Mandatory] AccountRole? Role,
    string[]? Towns,
    [property: Mandatory, PasswordLength] string? Password);
