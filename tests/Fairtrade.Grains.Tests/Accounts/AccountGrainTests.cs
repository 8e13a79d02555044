using Fairtrade.Abstractions;
using Fairtrade.Abstractions.Accounts;
using Fairtrade.Grains.Accounts;
using Fairtrade.Grains.Tests.Infrastructure;

namespace Fairtrade.Grains.Tests.Accounts;

/// <summary>The account grain's lockout: how many guesses it lets through, whatever the timing of the requests.</summary>
[Collection(SiloCollection.Name)]
public sealed class AccountGrainTests(SiloFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Silo.Grains;

    private async Task<IAccountGrain> NewAccountAsync()
    {
        var account = _grains.Account($"user-{Guid.NewGuid():N}"[..20]);
        (await account.CreateAsync(new AccountDraft("Person", AccountRole.Coordinator, [], "hash"))).ShouldNotBeNull();
        return account;
    }

    [Fact]
    public async Task NoMoreThanFiveGuessesAreLetThroughEvenWhenTheyArriveTogether()
    {
        var account = await NewAccountAsync();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => account.BeginSignInAsync(null)));

        attempts.Count(a => a.Allowed).ShouldBe(5);
        attempts.Where(a => a.Allowed).Select(a => a.PasswordHash).ShouldAllBe(h => h == "hash");
    }

    [Fact]
    public async Task ALockoutDoesNotHoldForAnAddressTheAccountSignedInFromBefore()
    {
        var account = await NewAccountAsync();
        var atHome = await account.BeginSignInAsync("192.0.2.10");
        (await account.EndSignInAsync(true, atHome.Stamp, null, "192.0.2.10")).ShouldNotBeNull();
        for (var guess = 0; guess < AccountGrain.FailuresBeforeLockout; guess++)
        {
            var attempt = await account.BeginSignInAsync("203.0.113.66");
            await account.EndSignInAsync(false, attempt.Stamp, null, "203.0.113.66");
        }

        var fromTheFlood = await account.BeginSignInAsync("203.0.113.66");
        var fromANewPlace = await account.BeginSignInAsync("198.51.100.7");
        var fromHome = await account.BeginSignInAsync("192.0.2.10");
        var signedIn = await account.EndSignInAsync(true, fromHome.Stamp, null, "192.0.2.10");

        fromTheFlood.Allowed.ShouldBeFalse();
        fromANewPlace.Allowed.ShouldBeFalse();
        fromHome.Allowed.ShouldBeTrue();
        signedIn.ShouldNotBeNull();
    }

    [Fact]
    public async Task ARightPasswordAmongTheFiveSignsInAndForgivesTheFailures()
    {
        var account = await NewAccountAsync();
        var first = await account.BeginSignInAsync(null);
        await account.EndSignInAsync(false, first.Stamp, null, null);

        var right = await account.BeginSignInAsync(null);
        var signedIn = await account.EndSignInAsync(true, right.Stamp, null, null);

        signedIn.ShouldNotBeNull();
        var next = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => account.BeginSignInAsync(null)));
        next.ShouldAllBe(a => a.Allowed);
    }

    [Fact]
    public async Task AnAttemptThatBeganBeforeThePasswordChangedCannotSignIn()
    {
        var account = await NewAccountAsync();
        var attempt = await account.BeginSignInAsync(null);

        await account.SetPasswordHashAsync("new-hash");
        var result = await account.EndSignInAsync(true, attempt.Stamp, "rehash-of-the-old-password", null);

        result.ShouldBeNull();
        (await account.BeginSignInAsync(null)).PasswordHash.ShouldBe("new-hash");
    }

    [Fact]
    public async Task ANameWithoutAnAccountLocksLikeOneWithAnAccount()
    {
        var nobody = _grains.Account($"nobody-{Guid.NewGuid():N}"[..20]);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => nobody.BeginSignInAsync(null)));

        attempts.Count(a => a.Allowed).ShouldBe(5);
        attempts.Where(a => a.Allowed).ShouldAllBe(a => a.PasswordHash == null);
        attempts.Single(a => !a.Allowed).LockedUntil.ShouldNotBeNull();
        (await nobody.GetAsync()).ShouldBeNull("counting attempts makes no account");
    }

    [Fact]
    public async Task DisablingAnAccountChangesItsStampSoEnablingItDoesNotReviveOldSessions()
    {
        var account = await NewAccountAsync();
        var before = (await account.GetAsync())!.SecurityStamp;

        await account.UpdateAsync(new AccountChanges(null, null, null, Disabled: true));
        var after = (await account.UpdateAsync(new AccountChanges(null, null, null, Disabled: false)))!;

        after.SecurityStamp.ShouldNotBe(before);
        after.Disabled.ShouldBeFalse();
    }
}
