using Fairtrade.Silo.Files;
using Fairtrade.Silo.Files.Postgres;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Files;

/// <summary>
/// The file store contract on PostgreSQL, as a cluster runs it, and what only a store shared by several silos must get
/// right: one silo's recovery never takes another's upload in flight, and a silo killed mid-upload leaves nothing.
/// </summary>
public sealed class PostgresFileStoreTests(PostgresFixture postgres) : FileStoreContract
{
    protected override async Task<StorePlace> NewPlaceAsync() => await PostgresStorePlace.CreateAsync(postgres);

    [Fact]
    public async Task AnotherSilosRecoveryLeavesAnUploadInFlightAlone()
    {
        await using var place = await PostgresStorePlace.CreateAsync(postgres);
        var content = Samples.Jpeg(300_000);
        var file = await place.ReceiveAsync(content);
        await place.Store.PrepareAsync(file, new FileIntent("aachen", "cafe-mokka", "ev-1", file.Sha256));
        var asked = false;

        var recovered = await place.AnotherSilo().RecoverAsync(_ => Task.FromResult(asked = true), CancellationToken.None);
        await place.Store.CommitAsync(file);

        recovered.ShouldBe(0);
        asked.ShouldBeFalse("the upload was still held by the silo receiving it");
        (await StorePlace.ReadAllAsync(place.AnotherSilo(), file.Sha256)).ShouldBe(content);
        (await place.LeftoversAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task ASiloKilledWhileAnUploadStreamsInLeavesNothing()
    {
        await using var place = await PostgresStorePlace.CreateAsync(postgres);
        var upload = new StalledStream(Samples.Jpeg(2_000_000), stallAt: 700_000);
        var receiving = place.Store.ReceiveAsync(upload, 5_000_000, CancellationToken.None);
        await upload.Stalled;

        await place.CrashAndRestartAsync();
        upload.Resume();

        await Should.ThrowAsync<Exception>(() => receiving);
        await place.ShouldHoldNothingAsync();
    }

    [Fact]
    public async Task ASiloKilledAfterReceivingLeavesItsUploadToTheNextRecoveryOnAnySilo()
    {
        await using var place = await PostgresStorePlace.CreateAsync(postgres);
        await place.ReceiveAsync(Samples.Jpeg(300_000));
        var survivor = place.AnotherSilo();

        (await survivor.RecoverAsync(_ => Task.FromResult(true), CancellationToken.None)).ShouldBe(0);
        (await place.LeftoversAsync()).ShouldBeGreaterThan(0, "held while its silo lives");
        await place.CrashAndRestartAsync();
        await survivor.RecoverAsync(_ => Task.FromResult(true), CancellationToken.None);

        await place.ShouldHoldNothingAsync();
    }

    [Fact]
    public async Task RecoveryLeavesAnUnclaimedUploadAloneForItsGracePeriod()
    {
        await using var place = await PostgresStorePlace.CreateAsync(postgres);
        var file = await place.ReceiveAsync(Samples.Jpeg(300_000));
        await place.Store.PrepareAsync(file, new FileIntent("aachen", "cafe-mokka", "ev-1", file.Sha256));
        await place.CrashAndRestartAsync();

        await place.AnotherSilo(leftAlone: TimeSpan.FromMinutes(10)).RecoverAsync(_ => Task.FromResult(false), CancellationToken.None);
        var withinGrace = await place.LeftoversAsync();
        await place.AnotherSilo(leftAlone: TimeSpan.Zero).RecoverAsync(_ => Task.FromResult(false), CancellationToken.None);

        withinGrace.ShouldBeGreaterThan(0, "a silo that lost its connection mid-request may still be about to save the evidence");
        await place.ShouldHoldNothingAsync();
    }

    [Fact]
    public async Task MoreUploadsAtOnceThanTheStoreTakesAreRefusedAsBusyUntilOneIsSettled()
    {
        await using var place = await PostgresStorePlace.CreateAsync(postgres);
        var held = new List<ReceivedFile>();
        for (var i = 0; i < PostgresFileStore.UploadsAtOnce; i++)
        {
            held.Add(await place.ReceiveAsync(Samples.Jpeg(1000 + i)));
        }

        var refused = await place.Store.ReceiveAsync(new MemoryStream(Samples.Jpeg(5000)), 10_000, CancellationToken.None);
        await place.Store.DiscardAsync(held[0]);
        var taken = await place.Store.ReceiveAsync(new MemoryStream(Samples.Jpeg(5000)), 10_000, CancellationToken.None);

        refused.Error.ShouldBe(ReceiveError.Busy);
        taken.File.ShouldNotBeNull();
        foreach (var file in held.Skip(1).Append(taken.File))
        {
            await place.Store.DiscardAsync(file);
        }

        await place.ShouldHoldNothingAsync();
    }
}
