using Fairtrade.Silo.Accounts;
using Microsoft.Extensions.Time.Testing;

namespace Fairtrade.Silo.Tests.Accounts;

/// <summary>Names without an account lock as accounts do, and a flood of other names cannot wipe such a lockout.</summary>
public sealed class UnknownNameLockoutTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TheFifthWrongAttemptLocksForAQuarterOfAnHour()
    {
        var lockout = new UnknownNameLockout(_clock);

        var answers = Enumerable.Range(0, 6).Select(_ => lockout.Attempt("nobody")).ToArray();

        answers[..4].ShouldAllBe(until => until == null);
        answers[4].ShouldBe(_clock.GetUtcNow().AddMinutes(15));
        answers[5].ShouldBe(answers[4]);
        _clock.Advance(TimeSpan.FromMinutes(15));
        lockout.Attempt("nobody").ShouldBeNull();
    }

    [Fact]
    public void AFloodOfOtherNamesDoesNotWipeALockout()
    {
        var lockout = new UnknownNameLockout(_clock);
        for (var i = 0; i < 5; i++)
        {
            lockout.Attempt("nobody");
        }

        for (var i = 0; i < 25_000; i++)
        {
            lockout.Attempt($"guess-{i}");
        }

        lockout.Attempt("nobody").ShouldNotBeNull("a lockout that vanished would tell this name from one with an account");
    }
}
