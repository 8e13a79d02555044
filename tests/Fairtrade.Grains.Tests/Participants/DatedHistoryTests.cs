using Fairtrade.Abstractions;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Grains.Audit;
using Fairtrade.Grains.Tests.Infrastructure;
using Fairtrade.Rules.Rulesets;
using Microsoft.Extensions.Time.Testing;
using static Fairtrade.Grains.Tests.Infrastructure.Towns;

namespace Fairtrade.Grains.Tests.Participants;

/// <summary>Archiving and product changes take effect on the campaign's day they are made, and the audit trail says from when.</summary>
public sealed class DatedHistoryTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ArchivingIsAuditedWithItsDayAndOnlyACorrectionToAnEarlierDayChangesItAgain()
    {
        await using var silo = await TestSilo.StartAsync(_folder.File("fairtrade.db"));
        await silo.Grains.CreateTownAsync("bottrop");
        var cafe = await silo.Grains.AddShopAsync("bottrop", "cafe", "Kaffee", "Tee");
        await cafe.SubmitEvidenceAsync(Declaration("cafe", Today.AddMonths(-6)));

        await cafe.ArchiveAsync(null, "anna");
        await cafe.ArchiveAsync(Today.AddDays(1), "anna");
        await cafe.ArchiveAsync(Today.AddDays(-30), "jonas");

        var archivings = (await new SqlAuditLog(silo.Database).ReadAsync("bottrop", null)).Where(e => e.Action == "participant.archived").ToArray();
        archivings.Length.ShouldBe(2);
        archivings[0].Changes["archived"].ShouldBe(new("false", "true"));
        archivings[0].Changes["archivedOn"].ShouldBe(new(null, "\"2026-11-25\""));
        archivings[1].Actor.ShouldBe("jonas");
        archivings[1].Changes.Keys.ShouldBe(["archivedOn"]);
        archivings[1].Changes["archivedOn"].ShouldBe(new("\"2026-11-25\"", "\"2026-10-26\""));
        (await RetailOnAsync(silo, Today.AddDays(-31))).ShouldBe(1);
        (await RetailOnAsync(silo, Today.AddDays(-30))).ShouldBe(0);
        var view = (await cafe.GetAsync(Today.AddDays(-31)))!;
        view.Archived.ShouldBeFalse();
        view.ArchivedOn.ShouldBe(Today.AddDays(-30));
    }

    [Fact]
    public async Task AProductChangeTakesEffectOnTheCampaignsDayNotTheDayInUtc()
    {
        // 23:30 UTC is already the next day in Berlin, the campaign's time zone.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 23, 30, 0, TimeSpan.Zero));
        await using var silo = await TestSilo.StartAsync(_folder.File("fairtrade.db"), clock);
        await silo.Grains.CreateTownAsync("bottrop");
        var shop = await silo.Grains.AddShopAsync("bottrop", "kiosk", "Kaffee", "Tee");
        await shop.SubmitEvidenceAsync(Declaration("kiosk", Today.AddMonths(-6)));

        await shop.UpdateAsync(new ParticipantChanges(null, null, null, null, ["Kaffee"], null, null, []), Today, "anna");

        (await RetailOnAsync(silo, new DateOnly(2026, 11, 25))).ShouldBe(1);
        (await RetailOnAsync(silo, new DateOnly(2026, 11, 26))).ShouldBe(0);
        (await shop.GetAsync(new DateOnly(2026, 11, 25)))!.Qualifies.ShouldBeTrue();
        (await shop.GetAsync(new DateOnly(2026, 11, 26)))!.Reasons.ShouldBe(["It offers 1 Fairtrade product; at least 2 are needed."]);
    }

    private static async Task<int> RetailOnAsync(TestSilo silo, DateOnly day) =>
        (await silo.Grains.Town("bottrop").GetStatusAsync(day))!.Criteria.Single(c => c.Key == CriterionKeys.RetailCatering).Actual["retail"];
}
