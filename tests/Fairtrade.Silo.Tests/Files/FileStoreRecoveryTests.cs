using Fairtrade.Silo.Files;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Files;

/// <summary>A restart after a crash at each step of an upload: received, prepared, saved, moved.</summary>
public sealed class FileStoreRecoveryTests : IDisposable
{
    private readonly StoreFolder _folder = new();
    private readonly List<FileIntent> _asked = [];

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AnUploadWithoutIntentIsDeleted()
    {
        await _folder.ReceiveAsync(Samples.Jpeg(2000));

        var recovered = await _folder.Restart().RecoverAsync(Referenced(true), CancellationToken.None);

        recovered.ShouldBe(0);
        _asked.ShouldBeEmpty();
        _folder.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnUploadWhoseEvidenceWasSavedEndsUpInTheStore()
    {
        var content = Samples.Jpeg(2000);
        var file = await _folder.ReceiveAsync(content);
        var intent = new FileIntent("aachen", "cafe-mokka", "ev-1", file.Sha256);
        await _folder.Store.PrepareAsync(file, intent);
        var restarted = _folder.Restart();

        var recovered = await restarted.RecoverAsync(Referenced(true), CancellationToken.None);

        recovered.ShouldBe(1);
        _asked.ShouldBe([intent]);
        (await File.ReadAllBytesAsync(restarted.PathOf(file.Sha256).ShouldNotBeNull())).ShouldBe(content);
        _folder.Incoming.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnUploadWhoseEvidenceWasNotSavedIsDeletedButTheSameContentStoredEarlierStays()
    {
        var content = Samples.Jpeg(2000);
        _folder.Store.Commit(await _folder.ReceiveAsync(content));
        var file = await _folder.ReceiveAsync(content);
        await _folder.Store.PrepareAsync(file, new FileIntent("aachen", "cafe-mokka", "ev-2", file.Sha256));
        var restarted = _folder.Restart();

        var recovered = await restarted.RecoverAsync(Referenced(false), CancellationToken.None);

        recovered.ShouldBe(0);
        _asked.ShouldHaveSingleItem().EvidenceId.ShouldBe("ev-2");
        _folder.Incoming.ShouldBeEmpty();
        restarted.PathOf(file.Sha256).ShouldNotBeNull();
    }

    [Fact]
    public async Task AnIntentWhoseUploadWasAlreadyMovedIsDeleted()
    {
        var file = await _folder.ReceiveAsync(Samples.Jpeg(2000));
        var upload = _folder.Incoming.ShouldHaveSingleItem();
        await _folder.Store.PrepareAsync(file, new FileIntent("aachen", "cafe-mokka", "ev-1", file.Sha256));
        var target = Path.Combine(_folder.Root, "sha256", file.Sha256[..2], file.Sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(upload, target);
        var restarted = _folder.Restart();

        await restarted.RecoverAsync(Referenced(true), CancellationToken.None);

        _folder.Incoming.ShouldBeEmpty();
        restarted.PathOf(file.Sha256).ShouldBe(target);
    }

    [Theory]
    [InlineData("{\"town\":\"aachen\",\"subj")]
    [InlineData("{\"town\":\"aachen\",\"subject\":\"cafe\",\"evidenceId\":\"ev-1\",\"sha256\":\"../../x\"}")]
    [InlineData("{\"town\":\"aachen\",\"subject\":null,\"evidenceId\":\"ev-1\",\"sha256\":\"0000000000000000000000000000000000000000000000000000000000000000\"}")]
    [InlineData("")]
    public async Task ACorruptIntentIsDeletedWithItsUpload(string corrupt)
    {
        var file = await _folder.ReceiveAsync(Samples.Jpeg(2000));
        var upload = _folder.Incoming.ShouldHaveSingleItem();
        await _folder.Store.PrepareAsync(file, new FileIntent("aachen", "cafe-mokka", "ev-1", file.Sha256));
        var intent = _folder.Incoming.Except([upload]).ShouldHaveSingleItem();
        await File.WriteAllTextAsync(intent, corrupt);

        var recovered = await _folder.Restart().RecoverAsync(Referenced(true), CancellationToken.None);

        recovered.ShouldBe(0);
        _asked.ShouldBeEmpty();
        _folder.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task StrayFilesInIncomingAreDeleted()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.Root, "incoming", "0123.intent.pending"), "{\"town\":");

        await _folder.Restart().RecoverAsync(Referenced(true), CancellationToken.None);

        _folder.All.ShouldBeEmpty();
    }

    private Func<FileIntent, Task<bool>> Referenced(bool answer) => intent =>
    {
        _asked.Add(intent);
        return Task.FromResult(answer);
    };
}
