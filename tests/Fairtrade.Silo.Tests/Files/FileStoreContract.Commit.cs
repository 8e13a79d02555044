using Fairtrade.Silo.Files;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Files;

public abstract partial class FileStoreContract
{
    [Fact]
    public async Task ACommittedFileIsServedUnderItsSha256AndNothingElseIsLeft()
    {
        await using var place = await NewPlaceAsync();
        var content = Samples.Jpeg(2000);
        var file = await place.ReceiveAsync(content);
        await place.Store.PrepareAsync(file, new FileIntent("aachen", "cafe-mokka", "ev-1", file.Sha256));

        await place.Store.CommitAsync(file);

        (await StorePlace.ReadAllAsync(place.Store, file.Sha256)).ShouldBe(content);
        (await place.LeftoversAsync()).ShouldBe(0);
        (await place.StoredAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task TheSameContentCommittedTwiceIsStoredOnce()
    {
        await using var place = await NewPlaceAsync();
        var content = Samples.Jpeg(2000);
        var first = await place.ReceiveAsync(content);
        var second = await place.ReceiveAsync(content);

        await place.Store.CommitAsync(first);
        await place.Store.CommitAsync(second);

        second.Sha256.ShouldBe(first.Sha256);
        (await place.StoredAsync()).ShouldBe(1);
        (await place.LeftoversAsync()).ShouldBe(0);
        (await StorePlace.ReadAllAsync(place.Store, first.Sha256)).ShouldBe(content);
    }

    [Fact]
    public async Task ConcurrentUploadsOfTheSameContentAllSucceedAndAreStoredOnce()
    {
        await using var place = await NewPlaceAsync();
        var content = Samples.Png(50_000);

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () => await place.Store.CommitAsync(await place.ReceiveAsync(content)))));

        (await place.StoredAsync()).ShouldBe(1);
        (await place.LeftoversAsync()).ShouldBe(0);
        (await StorePlace.ReadAllAsync(place.Store, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)))).ShouldBe(content);
    }

    [Fact]
    public async Task ADiscardedFileLeavesNothing()
    {
        await using var place = await NewPlaceAsync();
        var file = await place.ReceiveAsync(Samples.Jpeg(2000));
        await place.Store.PrepareAsync(file, new FileIntent("aachen", "cafe-mokka", "ev-1", file.Sha256));

        await place.Store.DiscardAsync(file);

        await place.ShouldHoldNothingAsync();
        (await place.Store.OpenReadAsync(file.Sha256, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task AnIntentForOtherContentIsRefused()
    {
        await using var place = await NewPlaceAsync();
        var file = await place.ReceiveAsync(Samples.Jpeg(2000));

        await Should.ThrowAsync<ArgumentException>(() => place.Store.PrepareAsync(file, new FileIntent("aachen", "cafe-mokka", "ev-1", new string('0', 64))));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdefa")]
    [InlineData("0123456789abcdeg0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF")]
    public async Task NothingIsServedForAnythingButAStoredSha256(string sha256)
    {
        await using var place = await NewPlaceAsync();

        (await place.Store.OpenReadAsync(sha256, CancellationToken.None)).ShouldBeNull();
    }
}
