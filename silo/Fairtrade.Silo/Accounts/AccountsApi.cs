using Fairtrade.Abstractions.Accounts;
using Fairtrade.Grains.Persistence;
using Fairtrade.Silo.Directories;

namespace Fairtrade.Silo.Accounts;

/// <summary>Accounts (the admin's), and each person's own: who am I, my password, my API tokens.</summary>
public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/api/accounts").WithTags("Accounts").RequireAuthorization(Policies.Admin);
        admin.MapGet("/", ListAsync).WithSummary("List the accounts");
        admin.MapPost("/", CreateAsync).WithSummary("Create an account").RequireAuthorization(Policies.AccountAdmin);
        admin.MapGet("/{userName}", GetAsync).WithSummary("Read an account");
        admin.MapPatch("/{userName}", UpdateAsync).WithSummary("Change an account").RequireAuthorization(Policies.AccountAdmin);

        routes.MapGet("/api/me", WhoAmI).WithSummary("Say who the caller is").WithTags("Accounts").RequireAuthorization();

        // Only from a signed-in browser: a token cannot make itself new tokens or change the password.
        var own = routes.MapGroup("/api/account").WithTags("Accounts").RequireAuthorization(Policies.Account);
        own.MapPut("/password", ChangePasswordAsync).WithSummary("Change your own password").RequireRateLimiting(SignInLimit.Policy);
        own.MapGet("/tokens", ListTokensAsync).WithSummary("List your personal API tokens");
        own.MapPost("/tokens", CreateTokenAsync).WithSummary("Create a personal API token");
        own.MapDelete("/tokens/{id}", RevokeTokenAsync).WithSummary("Revoke a personal API token");
        return routes;
    }

    public static async Task<Ok<AccountResponse[]>> ListAsync(IGrainFactory grains) =>
        TypedResults.Ok((await AccountList.AllAsync(grains)).Select(AccountResponse.From).ToArray());

    public static async Task<Results<Created<AccountResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateAccountRequest request, IGrainFactory grains, KnownTowns towns, Passwords passwords)
    {
        if (await UnknownTownAsync(towns, request.Towns) is { } refusal)
        {
            return refusal;
        }

        var draft = new AccountDraft(request.DisplayName!.Trim(), request.Role!.Value, Distinct(request.Towns), passwords.Hash(request.Password!));
        return await grains.Account(request.UserName!).CreateAsync(draft) is { } account
            ? TypedResults.Created($"/api/accounts/{account.UserName}", AccountResponse.From(account))
            : Problems.Conflict(t => t.AccountExists(request.UserName));
    }

    public static async Task<Results<Ok<AccountResponse>, ProblemHttpResult>> GetAsync(string userName, IGrainFactory grains) =>
        await grains.Account(userName).GetAsync() is { } account ? TypedResults.Ok(AccountResponse.From(account)) : Problems.NotFound(t => t.NoAccount(userName));

    public static async Task<Results<Ok<AccountResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string userName, UpdateAccountRequest request, IGrainFactory grains, KnownTowns towns, Passwords passwords)
    {
        if (await UnknownTownAsync(towns, request.Towns) is { } refusal)
        {
            return refusal;
        }

        var grain = grains.Account(userName);
        if (await grain.GetAsync() is null)
        {
            return Problems.NotFound(t => t.NoAccount(userName));
        }

        if (request.Password is { } password)
        {
            await grain.SetPasswordHashAsync(passwords.Hash(password));
        }

        var changes = new AccountChanges(request.DisplayName?.Trim(), request.Role, request.Towns is null ? null : Distinct(request.Towns), request.Disabled);
        return TypedResults.Ok(AccountResponse.From((await grain.UpdateAsync(changes))!));
    }

    public static Ok<WhoAmIResponse> WhoAmI(ClaimsPrincipal user) =>
        TypedResults.Ok(new WhoAmIResponse(
            user.Actor(), user.FindFirstValue(ClaimTypes.Role) ?? "", user.Towns(), user.FindFirstValue(FairtradeClaims.Participant)));

    /// <summary>A new password ends every other session of the account; this one is signed in again with the new stamp.</summary>
    public static async Task<Results<NoContent, ValidationProblem>> ChangePasswordAsync(
        ChangePasswordRequest request, HttpContext http, AccountSignIn signIn, Passwords passwords, IGrainFactory grains, CampaignCalendar calendar)
    {
        var checkedIn = await signIn.CheckAsync(http.User.Actor(), request.CurrentPassword, http.Connection.RemoteIpAddress?.ToString());
        if (checkedIn.LockedUntil is { } locked)
        {
            return Problems.Field("currentPassword", t => t.TooManyWrongPasswords(calendar.Local(locked)));
        }

        if (!checkedIn.Succeeded)
        {
            return Problems.Field("currentPassword", t => t.WrongCurrentPassword);
        }

        var grain = grains.Account(http.User.Actor());
        await grain.SetPasswordHashAsync(passwords.Hash(request.NewPassword!));
        if (await grain.GetAsync() is { } account)
        {
            await SessionCookie.SignInAsync(http, account);
        }

        return TypedResults.NoContent();
    }

    public static async Task<Ok<ApiTokenResponse[]>> ListTokensAsync(ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok((await grains.Account(user.Actor()).GetAsync())!.Tokens.Select(ApiTokenResponse.From).ToArray());

    public static async Task<Results<Created<CreatedApiTokenResponse>, ValidationProblem>> CreateTokenAsync(
        CreateApiTokenRequest request, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar)
    {
        if (CredentialExpiry.TryResolve(request.ExpiresOn, ApiToken.MaxLifetime, calendar, out var expiresAt) is { } refusal)
        {
            return refusal;
        }

        var value = ApiTokenValue.New(user.Actor(), Ids.New());
        var token = (await grains.Account(user.Actor()).CreateTokenAsync(value.TokenId, request.Name!.Trim(), value.SecretHash, expiresAt))!;
        return TypedResults.Created(
            $"/api/account/tokens/{token.Id}", new CreatedApiTokenResponse(token.Id, token.Name, value.Value, token.CreatedAt, token.ExpiresAt));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeTokenAsync(string id, ClaimsPrincipal user, IGrainFactory grains) =>
        await grains.Account(user.Actor()).RevokeTokenAsync(id) is null ? Problems.NotFound(t => t.NoToken(id)) : TypedResults.NoContent();

    private static string[] Distinct(string[]? towns) => [.. (towns ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static async Task<ValidationProblem?> UnknownTownAsync(KnownTowns known, string[]? towns)
    {
        foreach (var town in towns ?? [])
        {
            if (!Identifiers.IsValid(town) || !await known.ContainsAsync(town))
            {
                return Problems.Field("towns", t => t.NoTown(town));
            }
        }

        return null;
    }
}
