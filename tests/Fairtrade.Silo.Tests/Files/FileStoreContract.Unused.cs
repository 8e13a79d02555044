using Fairtrade.Silo.Files;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Files;

/// <summary>What the sweep of unused files may delete: old content nobody is about to rely on, and nothing else.</summary>
public abstract partial class FileStoreContract
{
    [Fact]
    public async Task OldUnclaimedContentIsListedAndDeletedAndThenGone()
    {
        await using var place = await NewPlaceAsync();
        var file = await StoreAsync(place, Samples.Jpeg(2000));
        var later = DateTimeOffset.UtcNow.AddMinutes(1);

        (await Listed(place, later)).ShouldBe([file.Sha256]);
        (await place.Store.DeleteUnclaimedAsync(file.Sha256, later, CancellationToken.None)).ShouldBeTrue();

        (await place.Store.OpenReadAsync(file.Sha256, CancellationToken.None)).ShouldBeNull();
        (await place.StoredAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task ContentStoredAfterTheCutOffIsNeitherListedNorDeleted()
    {
        await using var place = await NewPlaceAsync();
        var earlier = DateTimeOffset.UtcNow.AddMinutes(-1);
        var file = await StoreAsync(place, Samples.Jpeg(2000));

        (await Listed(place, earlier)).ShouldBeEmpty();
        (await place.Store.DeleteUnclaimedAsync(file.Sha256, earlier, CancellationToken.None)).ShouldBeFalse();
        (await place.StoredAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task ContentAnUploadUnderWayIsPromisedToIsNotDeleted()
    {
        await using var place = await NewPlaceAsync();
        var content = Samples.Jpeg(2000);
        var old = await StoreAsync(place, content);
        var again = await place.ReceiveAsync(content);
        await place.Store.PrepareAsync(again, new FileIntent("aachen", "cafe-mokka", "ev-2", again.Sha256));
        var later = DateTimeOffset.UtcNow.AddMinutes(1);

        (await place.Store.DeleteUnclaimedAsync(old.Sha256, later, CancellationToken.None)).ShouldBeFalse();
        await place.Store.CommitAsync(again);

        (await StorePlace.ReadAllAsync(place.Store, old.Sha256)).ShouldBe(content);
    }

    [Fact]
    public async Task ContentStoredAgainStartsItsGraceAnew()
    {
        await using var place = await NewPlaceAsync();
        var content = Samples.Jpeg(2000);
        var old = await StoreAsync(place, content);
        await Task.Delay(50);
        var between = DateTimeOffset.UtcNow;
        await Task.Delay(50);

        await StoreAsync(place, content);

        (await place.Store.DeleteUnclaimedAsync(old.Sha256, between, CancellationToken.None)).ShouldBeFalse();
        (await StorePlace.ReadAllAsync(place.Store, old.Sha256)).ShouldBe(content);
    }

    private static async Task<ReceivedFile> StoreAsync(StorePlace place, byte[] content)
    {
        var file = await place.ReceiveAsync(content);
        await place.Store.PrepareAsync(file, new FileIntent("aachen", "cafe-mokka", "ev-1", file.Sha256));
        await place.Store.CommitAsync(file);
        return file;
    }

    private static async Task<string[]> Listed(StorePlace place, DateTimeOffset before) =>
        [.. await place.Store.ListStoredBeforeAsync(before, CancellationToken.None).ToArrayAsync()];
}
