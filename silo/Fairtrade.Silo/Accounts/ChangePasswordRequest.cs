namespace Fairtrade.Silo.Accounts;

public sealed record ChangePasswordRequest(
    [property: Mandatory] string? CurrentPassword,
    [property: Mandatory, PasswordLength] string? NewPassword);
