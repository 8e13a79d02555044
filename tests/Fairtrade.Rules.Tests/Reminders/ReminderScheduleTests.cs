using Fairtrade.Rules.Forecast;
using Fairtrade.Rules.Reminders;
using Fairtrade.Rules.Status;

namespace Fairtrade.Rules.Tests.Reminders;

public sealed class ReminderScheduleTests
{
    private static readonly DateOnly Expires = new(2027, 1, 10);

    [Theory]
    [InlineData(31, null)]
    [InlineData(30, 30)]
    [InlineData(8, 30)]
    [InlineData(7, 7)]
    [InlineData(2, 7)]
    [InlineData(1, 1)]
    [InlineData(0, null)]
    [InlineData(-3, null)]
    public void TheLatestStageReachedIsDueAndNothingBeforeThirtyDaysOrAfterTheDay(int daysLeft, int? stage)
    {
        var today = Expires.AddDays(-daysLeft);

        var due = ReminderSchedule.Due(Status(today, expiring: [new ExpiringEvidence("cafe-mokka", "e1", Expires)]), today);

        if (stage is null)
        {
            due.ShouldBeEmpty();
        }
        else
        {
            due.ShouldBe([new DueReminder(ReminderKind.EvidenceExpiring, "cafe-mokka", "e1", Expires, stage.Value)]);
        }
    }

    [Theory]
    [InlineData(TitleState.Awarded, 30, true)]
    [InlineData(TitleState.RenewalDue, 7, true)]
    [InlineData(TitleState.Candidate, 30, false)]
    [InlineData(TitleState.Lapsed, 30, false)]
    public void TheRenewalIsRemindedWhileTheTitleIsHeld(TitleState state, int daysLeft, bool reminded)
    {
        var today = Expires.AddDays(-daysLeft);

        var due = ReminderSchedule.Due(Status(today, title: new TitleStatus(state, new DateOnly(2025, 1, 10), Expires)), today);

        due.Length.ShouldBe(reminded ? 1 : 0);
        if (reminded)
        {
            due[0].ShouldBe(new DueReminder(ReminderKind.RenewalDue, "bottrop", null, Expires, daysLeft));
        }
    }

    [Fact]
    public void EveryExpiringSubjectGetsItsOwnReminder()
    {
        var today = new DateOnly(2026, 12, 12);
        ExpiringEvidence[] expiring = [new("cafe-mokka", "e1", Expires), new("council", "e2", new DateOnly(2026, 12, 19)), new("shop", "e3", new DateOnly(2027, 2, 1))];

        var due = ReminderSchedule.Due(Status(today, expiring), today);

        due.Select(d => (d.Subject, d.DaysBefore)).ShouldBe([("cafe-mokka", 30), ("council", 7)]);
    }

    [Theory]
    [InlineData(61, null)]
    [InlineData(60, 60)]
    [InlineData(45, 60)]
    [InlineData(30, 30)]
    [InlineData(8, 30)]
    [InlineData(7, 7)]
    [InlineData(1, 1)]
    [InlineData(0, null)]
    public void TheRenewalDeadlineIsRemindedAtTheRulesetsLeadTimesLatestStageOnly(int daysLeft, int? stage)
    {
        var deadline = new DateOnly(2027, 1, 15);

        var due = ReminderSchedule.RenewalDeadline("bottrop", deadline, [60, 30, 7, 1], deadline.AddDays(-daysLeft));

        due?.DaysBefore.ShouldBe(stage ?? 0);
        (due is null).ShouldBe(stage is null);
        if (due is not null)
        {
            due.Kind.ShouldBe(ReminderKind.RenewalDeadline);
            due.DueOn.ShouldBe(deadline);
        }
    }

    private static StatusReport Status(DateOnly asOf, ExpiringEvidence[]? expiring = null, TitleStatus? title = null) =>
        new("bottrop", "de-town", asOf, OverallStatus.AtRisk, [], expiring ?? [], title ?? new TitleStatus(TitleState.Candidate, null, null),
            new TitleForecast(asOf.AddDays(ForecastCalculator.HorizonDays), null));
}
