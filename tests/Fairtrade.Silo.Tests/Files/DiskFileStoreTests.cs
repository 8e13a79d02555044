using Fairtrade.Silo.Files;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Files;

/// <summary>The file store contract on disk, the embedded default, and what only a folder can get wrong.</summary>
public sealed class DiskFileStoreTests : FileStoreContract
{
    protected override Task<StorePlace> NewPlaceAsync() => Task.FromResult<StorePlace>(new DiskStorePlace());

    [Fact]
    public async Task AnIntentWhoseUploadWasAlreadyMovedIsDeleted()
    {
        await using var place = new DiskStorePlace();
        var file = await place.ReceiveAsync(Samples.Jpeg(2000));
        var upload = place.Incoming.ShouldHaveSingleItem();
        await place.Store.PrepareAsync(file, new FileIntent("aachen", "cafe-mokka", "ev-1", file.Sha256));
        var target = Path.Combine(place.Root, "sha256", file.Sha256[..2], file.Sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(upload, target);

        await (await place.CrashAndRestartAsync()).RecoverAsync(_ => Task.FromResult(true), CancellationToken.None);

        place.Incoming.ShouldBeEmpty();
        place.Disk.PathOf(file.Sha256).ShouldBe(target);
    }

    [Theory]
    [InlineData("{\"town\":\"aachen\",\"subj")]
    [InlineData("{\"town\":\"aachen\",\"subject\":\"cafe\",\"evidenceId\":\"ev-1\",\"sha256\":\"../../x\"}")]
    [InlineData("{\"town\":\"aachen\",\"subject\":null,\"evidenceId\":\"ev-1\",\"sha256\":\"0000000000000000000000000000000000000000000000000000000000000000\"}")]
    [InlineData("")]
    public async Task ACorruptIntentIsDeletedWithItsUpload(string corrupt)
    {
        await using var place = new DiskStorePlace();
        var file = await place.ReceiveAsync(Samples.Jpeg(2000));
        var upload = place.Incoming.ShouldHaveSingleItem();
        await place.Store.PrepareAsync(file, new FileIntent("aachen", "cafe-mokka", "ev-1", file.Sha256));
        await File.WriteAllTextAsync(place.Incoming.Except([upload]).ShouldHaveSingleItem(), corrupt);
        var asked = false;

        var recovered = await (await place.CrashAndRestartAsync()).RecoverAsync(_ => Task.FromResult(asked = true), CancellationToken.None);

        recovered.ShouldBe(0);
        asked.ShouldBeFalse();
        place.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task StrayFilesInIncomingAreDeleted()
    {
        await using var place = new DiskStorePlace();
        await File.WriteAllTextAsync(Path.Combine(place.Root, "incoming", "0123.intent.pending"), "{\"town\":");

        await (await place.CrashAndRestartAsync()).RecoverAsync(_ => Task.FromResult(true), CancellationToken.None);

        place.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task ContentCannotBeAskedForByAPathOutOfTheStore()
    {
        await using var place = new DiskStorePlace();
        var stored = await place.ReceiveAsync(Samples.Jpeg(2000));
        await place.Store.CommitAsync(stored);
        await place.ReceiveAsync(Samples.Jpeg(2000));
        var upload = Path.GetFileName(place.Incoming.ShouldHaveSingleItem());

        place.Disk.PathOf($"xx/../../../incoming/{upload}").ShouldBeNull();
        (await place.Store.OpenReadAsync($"xx/../../../incoming/{upload}", CancellationToken.None)).ShouldBeNull();
        place.Disk.PathOf(stored.Sha256.ToUpperInvariant()).ShouldBeNull();
    }
}
