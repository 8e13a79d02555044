using Fairtrade.Abstractions.Accounts;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Grains.Persistence;
using Fairtrade.Grains.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Grains.Accounts;

public sealed class AccountGrain(
    [PersistentState(StateNames.Account, StorageNames.Main)] IPersistentState<AccountState> state,
    [FromKeyedServices(CampaignClock.ServiceKey)] TimeProvider time) : Grain, IAccountGrain
{
    /// <summary>Five wrong passwords in a row lock the account for a quarter of an hour: enough to stop guessing, short enough not to lock out a person for long.</summary>
    public const int FailuresBeforeLockout = 5;

    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);

    private AccountState S => state.State;

    private SecretRing<ApiToken> Tokens => new(S.Tokens);

    private AccountSessions Sessions => new(S.Sessions);

    private SignInAddresses Addresses => new(S.SignedInFrom);

    public async Task<Account?> CreateAsync(AccountDraft draft)
    {
        if (S.Exists)
        {
            // Adding again changes nothing, and mends a directory that missed the name when it was first made.
            await GrainFactory.AccountDirectory().AddAsync(this.GetPrimaryKeyString());
            return null;
        }

        S.Exists = true;
        S.DisplayName = draft.DisplayName;
        S.Role = draft.Role;
        S.Towns = new SortedSet<string>(draft.Towns, StringComparer.Ordinal);
        S.PasswordHash = draft.PasswordHash;
        S.SecurityStamp = Ids.New();
        S.FailedSignIns = 0;
        S.LockedUntil = null;
        S.CreatedAt = time.GetUtcNow();
        await state.SaveAsync();
        await GrainFactory.AccountDirectory().AddAsync(this.GetPrimaryKeyString());
        return View();
    }

    public Task<Account?> GetAsync() => Task.FromResult(S.Exists ? View() : null);

    public async Task<Account?> UpdateAsync(AccountChanges changes)
    {
        if (!S.Exists)
        {
            return null;
        }

        S.DisplayName = changes.DisplayName ?? S.DisplayName;
        S.Role = changes.Role ?? S.Role;
        S.Towns = changes.Towns is { } towns ? new SortedSet<string>(towns, StringComparer.Ordinal) : S.Towns;
        if (changes.Disabled == true && !S.Disabled)
        {
            // Enabling the account again does not bring its old sessions back.
            S.SecurityStamp = Ids.New();
            Sessions.EndAll();
        }

        S.Disabled = changes.Disabled ?? S.Disabled;
        await state.SaveAsync();
        return View();
    }

    public async Task<bool> SetPasswordHashAsync(string passwordHash)
    {
        if (!S.Exists)
        {
            return false;
        }

        S.PasswordHash = passwordHash;
        S.SecurityStamp = Ids.New();
        S.FailedSignIns = 0;
        S.LockedUntil = null;
        Sessions.EndAll();
        Tokens.RevokeAll(time.GetUtcNow());

        await state.SaveAsync();
        return true;
    }

    public async Task<string?> StartSessionAsync()
    {
        if (!S.Exists || S.Disabled)
        {
            return null;
        }

        var id = Sessions.Start(time.GetUtcNow());
        await state.SaveAsync();
        return id;
    }

    public Task<Account?> OpensSessionAsync(string sessionId) =>
        Task.FromResult(S.Exists && !S.Disabled && Sessions.IsOpen(sessionId, time.GetUtcNow()) ? View() : null);

    public async Task EndSessionAsync(string sessionId)
    {
        if (Sessions.End(sessionId))
        {
            await state.SaveAsync();
        }
    }

    public async Task<SignInCheck> BeginSignInAsync(string? address)
    {
        if (LockedUntil() is { } locked && !Addresses.Knows(address))
        {
            return new SignInCheck(false, null, S.SecurityStamp, locked);
        }

        // Counted in memory, and stored only when the account locks: a sign-in then takes as long for a name that has
        // an account as for one that has none.
        S.FailedSignIns++;
        if (S.FailedSignIns >= FailuresBeforeLockout)
        {
            S.FailedSignIns = 0;
            S.LockedUntil = time.GetUtcNow() + LockoutPeriod;
            await SaveIfExistsAsync();
        }

        return new SignInCheck(true, S.Exists ? S.PasswordHash : null, S.SecurityStamp, LockedUntil());
    }

    public async Task<Account?> EndSignInAsync(bool passwordMatched, string stamp, string? rehashedPassword, string? address)
    {
        if (!passwordMatched || !S.Exists || S.Disabled || stamp != S.SecurityStamp)
        {
            return null;
        }

        // The attempt was counted as a failure when it began; a success forgives it and the ones before.
        var remembered = Addresses.Remember(address);
        var stored = remembered || S.LockedUntil is not null || rehashedPassword is not null;
        S.FailedSignIns = 0;
        S.LockedUntil = null;
        S.PasswordHash = rehashedPassword ?? S.PasswordHash;
        if (stored)
        {
            await state.SaveAsync();
        }

        return View();
    }

    public async Task<ApiToken?> CreateTokenAsync(string id, string name, string secretHash, DateTimeOffset? expiresAt)
    {
        if (!S.Exists || S.Tokens.Exists(t => t.Id == id))
        {
            return null;
        }

        var token = new ApiToken(id, name, secretHash, time.GetUtcNow(), expiresAt, null, null);
        S.Tokens.Add(token);
        await state.SaveAsync();
        return token;
    }

    public async Task<bool?> RevokeTokenAsync(string id)
    {
        var revoked = Tokens.Revoke(id, time.GetUtcNow());
        if (revoked == true)
        {
            await state.SaveAsync();
        }

        return revoked;
    }

    public async Task<Account?> OpensTokenAsync(string id, string secretHash)
    {
        if (!S.Exists || S.Disabled || !Tokens.Opens(id, secretHash, time.GetUtcNow(), out var noted))
        {
            return null;
        }

        if (noted)
        {
            await state.SaveAsync();
        }

        return View();
    }

    private Task SaveIfExistsAsync() => S.Exists ? state.SaveAsync() : Task.CompletedTask;

    private DateTimeOffset? LockedUntil() => S.LockedUntil is { } until && until > time.GetUtcNow() ? until : null;

    private Account View() => new(this.GetPrimaryKeyString(), S.DisplayName, S.Role, [.. S.Towns], S.Disabled, S.CreatedAt, [.. S.Tokens], S.SecurityStamp);
}
