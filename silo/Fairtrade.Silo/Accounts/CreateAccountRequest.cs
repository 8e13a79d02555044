using System.ComponentModel.DataAnnotations;
using Fairtrade.Abstractions.Accounts;
using Fairtrade.Silo.Http;

namespace Fairtrade.Silo.Accounts;

/// <param name="Towns">The towns a coordinator keeps or a steering-group member reads; the admin needs none.</param>
public sealed record CreateAccountRequest(
    [property: Required, RegularExpression(Identifiers.Pattern, ErrorMessage = "userName " + Identifiers.Rule)] string? UserName,
    [property: Required, StringLength(200, MinimumLength = 1), NotBlank] string? DisplayName,
    [property: Required] AccountRole? Role,
    string[]? Towns,
    [property: Required, StringLength(Passwords.MaxLength, MinimumLength = Passwords.MinLength, ErrorMessage = Passwords.Rule)] string? Password);
