using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Accounts;

public sealed record ChangePasswordRequest(
    [property: Required] string? CurrentPassword,
    [property: Required, StringLength(Passwords.MaxLength, MinimumLength = Passwords.MinLength, ErrorMessage = Passwords.Rule)] string? NewPassword);
