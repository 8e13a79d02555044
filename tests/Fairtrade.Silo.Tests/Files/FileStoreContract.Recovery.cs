using Fairtrade.Silo.Files;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Files;

/// <summary>A restart after a crash at each step of an upload: received, prepared, saved, stored.</summary>
public abstract partial class FileStoreContract
{
    private readonly List<FileIntent> _asked = [];

    [Fact]
    public async Task AnUploadWithoutIntentIsDeletedAtTheNextStart()
    {
        await using var place = await NewPlaceAsync();
        await place.ReceiveAsync(Samples.Jpeg(2000));

        var recovered = await (await place.CrashAndRestartAsync()).RecoverAsync(Referenced(true), CancellationToken.None);

        recovered.ShouldBe(0);
        _asked.ShouldBeEmpty();
        await place.ShouldHoldNothingAsync();
    }

    [Fact]
    public async Task AnUploadWhoseEvidenceWasSavedEndsUpInTheStore()
    {
        await using var place = await NewPlaceAsync();
        var content = Samples.Jpeg(2000);
        var file = await place.ReceiveAsync(content);
        var intent = new FileIntent("aachen", "cafe-mokka", "ev-1", file.Sha256);
        await place.Store.PrepareAsync(file, intent);
        var restarted = await place.CrashAndRestartAsync();

        var recovered = await restarted.RecoverAsync(Referenced(true), CancellationToken.None);

        recovered.ShouldBe(1);
        _asked.ShouldBe([intent]);
        (await StorePlace.ReadAllAsync(restarted, file.Sha256)).ShouldBe(content);
        (await place.LeftoversAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AnUploadWhoseEvidenceWasNotSavedIsDeletedButTheSameContentStoredEarlierStays()
    {
        await using var place = await NewPlaceAsync();
        var content = Samples.Jpeg(2000);
        await place.Store.CommitAsync(await place.ReceiveAsync(content));
        var file = await place.ReceiveAsync(content);
        await place.Store.PrepareAsync(file, new FileIntent("aachen", "cafe-mokka", "ev-2", file.Sha256));
        var restarted = await place.CrashAndRestartAsync();

        var recovered = await restarted.RecoverAsync(Referenced(false), CancellationToken.None);

        recovered.ShouldBe(0);
        _asked.ShouldHaveSingleItem().EvidenceId.ShouldBe("ev-2");
        (await place.LeftoversAsync()).ShouldBe(0);
        (await StorePlace.ReadAllAsync(restarted, file.Sha256)).ShouldBe(content);
    }

    [Fact]
    public async Task AnUploadLeftUndecidedIsStoredByTheNextRecoveryWhenItsEvidenceWasSaved()
    {
        await using var place = await NewPlaceAsync();
        var content = Samples.Jpeg(2000);
        var file = await place.ReceiveAsync(content);
        await place.Store.PrepareAsync(file, new FileIntent("aachen", "cafe-mokka", "ev-1", file.Sha256));

        await place.Store.AbandonAsync(file);
        var restarted = await place.CrashAndRestartAsync();
        var recovered = await restarted.RecoverAsync(Referenced(true), CancellationToken.None);

        recovered.ShouldBe(1);
        (await StorePlace.ReadAllAsync(restarted, file.Sha256)).ShouldBe(content);
        (await place.LeftoversAsync()).ShouldBe(0);
    }

    private Func<FileIntent, Task<bool>> Referenced(bool answer) => intent =>
    {
        _asked.Add(intent);
        return Task.FromResult(answer);
    };
}
