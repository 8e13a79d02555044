using Fairtrade.Abstractions;
using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Audit;
using Fairtrade.Grains.Tests.Infrastructure;
using static Fairtrade.Grains.Tests.Infrastructure.Towns;

namespace Fairtrade.Grains.Tests.Audit;

/// <summary>Every change lands in the audit trail exactly once, on every dialect: not lost when the log is down, not doubled when handed over again.</summary>
public abstract class AuditTrailContract(StorageDatabases databases)
{
    [Fact]
    public async Task EveryChangeIsLoggedWithItsActorAndOldAndNewValues()
    {
        var database = await databases.NewAsync();
        await using var silo = await TestSilo.StartAsync(database);
        var town = await silo.Grains.CreateTownAsync("bottrop");
        await town.UpdateAsync(new TownChanges(null, 120_000, null, null, null, []), "anna");
        var shop = await silo.Grains.AddShopAsync("bottrop", "weltladen", "Kaffee", "Tee");
        await shop.SubmitEvidenceAsync(Declaration("weltladen", Today));
        await shop.ArchiveAsync(null, "jonas");

        var entries = await new SqlAuditLog(database).ReadAsync("bottrop", null);

        entries.Select(e => e.Action).ShouldBe(["town.created", "town.updated", "participant.created", "evidence.submitted", "participant.archived"]);
        var update = entries[1];
        update.Actor.ShouldBe("anna");
        update.Changes.Keys.ShouldBe(["population"]);
        update.Changes["population"].Old.ShouldBe("117311");
        update.Changes["population"].New.ShouldBe("120000");
        entries[4].Actor.ShouldBe("jonas");
        entries[4].Subject.ShouldBe("weltladen");
        entries.ShouldAllBe(e => e.At == TestSilo.Now);
    }

    [Fact]
    public async Task EntriesLeftPendingWhileTheLogWasUnreachableArriveOnceWithTheNextChange()
    {
        var database = await databases.NewAsync();
        var log = new SwitchableAuditLog(new SqlAuditLog(database));
        await using var silo = await TestSilo.StartAsync(database, auditLog: log);
        var town = await silo.Grains.CreateTownAsync("aachen");

        log.Reachable = false;
        await town.UpdateAsync(new TownChanges("Aachen (Stadt)", null, null, null, null, []), "anna");
        var whileDown = await log.ReadAsync("aachen", null);
        log.Reachable = true;
        await town.UpdateAsync(new TownChanges(null, 250_000, null, null, null, []), "anna");

        whileDown.Select(e => e.Action).ShouldBe(["town.created"]);
        (await log.ReadAsync("aachen", null)).Select(e => e.Action).ShouldBe(["town.created", "town.updated", "town.updated"]);
    }

    [Fact]
    public async Task EntriesPendingAtAShutdownArriveOnceWhenTheGrainWakesUpAgain()
    {
        var database = await databases.NewAsync();
        var log = new SwitchableAuditLog(new SqlAuditLog(database));
        await using (var silo = await TestSilo.StartAsync(database, auditLog: log))
        {
            var town = await silo.Grains.CreateTownAsync("zuerich");
            log.Reachable = false;
            await town.UpdateAsync(new TownChanges("Zürich", null, null, null, null, []), "anna");
        }

        await using var restarted = await TestSilo.StartAsync(database);
        await restarted.Grains.Town("zuerich").GetProfileAsync();
        await restarted.Grains.Town("zuerich").UpdateAsync(new TownChanges(null, 436_000, null, null, null, []), "anna");

        var entries = await new SqlAuditLog(database).ReadAsync("zuerich", null);
        entries.Select(e => e.Action).ShouldBe(["town.created", "town.updated", "town.updated"]);
        entries[1].Changes["name"].New.ShouldBe("\"Zürich\"");
    }

    [Fact]
    public async Task HandingTheSameEntryOverTwiceStoresItOnce()
    {
        var log = new SqlAuditLog(await databases.NewAsync());
        await log.InitializeAsync(CancellationToken.None);
        var entry = new AuditEntry("e1", TestSilo.Now, "anna", "town.updated", "bottrop", new() { ["name"] = new("\"A\"", "\"B\"") });

        await log.AppendAsync("bottrop", [entry]);
        await log.AppendAsync("bottrop", [entry]);

        (await log.ReadAsync("bottrop", null)).ShouldHaveSingleItem().Changes["name"].New.ShouldBe("\"B\"");
        (await log.ReadAsync("other-town", null)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ReadingSinceAnInstantLeavesOutWhatCameBefore()
    {
        var log = new SqlAuditLog(await databases.NewAsync());
        await log.InitializeAsync(CancellationToken.None);
        var changes = new Dictionary<string, FieldChange> { ["name"] = new(null, "\"A\"") };

        await log.AppendAsync("bottrop", [
            new AuditEntry("e1", TestSilo.Now.AddDays(-1), "anna", "town.created", "bottrop", changes),
            new AuditEntry("e2", TestSilo.Now, "anna", "town.updated", "bottrop", changes),
        ]);

        (await log.ReadAsync("bottrop", TestSilo.Now)).ShouldHaveSingleItem().Id.ShouldBe("e2");
        (await log.ReadAsync("bottrop", TestSilo.Now.AddMilliseconds(1))).ShouldBeEmpty();
    }

    [Fact]
    public async Task AnInstantReadsBackToTheMicrosecondOnEveryDatabase()
    {
        var log = new SqlAuditLog(await databases.NewAsync());
        await log.InitializeAsync(CancellationToken.None);
        var at = TestSilo.Now.AddTicks(1_234_567);

        await log.AppendAsync("bottrop", [new AuditEntry("e1", at, "anna", "town.updated", "bottrop", new() { ["name"] = new(null, "\"A\"") })]);

        (await log.ReadAsync("bottrop", null)).ShouldHaveSingleItem().At.ShouldBe(TestSilo.Now.AddTicks(1_234_560));
    }

    [Fact]
    public async Task ErasingRewritesOnlyTheSubjectsValuesAndKeepsEveryEntry()
    {
        var log = new SqlAuditLog(await databases.NewAsync());
        await log.InitializeAsync(CancellationToken.None);
        const string contact = """{"person":"Erika Mustermann","email":"Erika@Example.org"}""";
        await log.AppendAsync("bottrop", [
            new AuditEntry("e1", TestSilo.Now, "anna", "participant.created", "kiosk", new() { ["contact"] = new(null, contact), ["name"] = new(null, "\"Kiosk\"") }),
            new AuditEntry("e2", TestSilo.Now, "anna", "participant.updated", "kiosk", new() { ["contact"] = new(contact, null) }),
            new AuditEntry("e3", TestSilo.Now, "anna", "participant.created", "other", new() { ["contact"] = new(null, contact) }),
        ]);

        await log.EraseAsync("bottrop", "kiosk", ["erika@example.org", "Erika Mustermann"]);

        var entries = await log.ReadAsync("bottrop", null);
        entries.Select(e => (e.Id, e.Actor, e.Action)).ShouldBe([("e1", "anna", "participant.created"), ("e2", "anna", "participant.updated"), ("e3", "anna", "participant.created")]);
        entries[0].Changes["contact"].New.ShouldBe("""{"person":"(erased)","email":"(erased)"}""");
        entries[0].Changes["name"].New.ShouldBe("\"Kiosk\"");
        entries[1].Changes["contact"].Old.ShouldBe("""{"person":"(erased)","email":"(erased)"}""");
        entries[2].Changes["contact"].New.ShouldBe(contact, "another subject's entries are left as they are");
    }
}
