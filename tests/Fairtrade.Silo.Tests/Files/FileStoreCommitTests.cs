using Fairtrade.Silo.Files;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Files;

public sealed class FileStoreCommitTests : IDisposable
{
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ACommittedFileIsStoredUnderItsSha256()
    {
        var content = Samples.Jpeg(2000);
        var file = await _folder.ReceiveAsync(content);
        await _folder.Store.PrepareAsync(file, new FileIntent("aachen", "cafe-mokka", "ev-1", file.Sha256));

        _folder.Store.Commit(file);

        var path = _folder.Store.PathOf(file.Sha256).ShouldNotBeNull();
        path.ShouldBe(Path.Combine(_folder.Root, "sha256", file.Sha256[..2], file.Sha256));
        (await File.ReadAllBytesAsync(path)).ShouldBe(content);
        _folder.Incoming.ShouldBeEmpty();
    }

    [Fact]
    public async Task AReceivedFileIsNotServedBeforeItIsCommitted()
    {
        var file = await _folder.ReceiveAsync(Samples.Jpeg(2000));

        _folder.Store.PathOf(file.Sha256).ShouldBeNull();
    }

    [Fact]
    public async Task TheSameContentCommittedTwiceIsStoredOnce()
    {
        var content = Samples.Jpeg(2000);
        var first = await _folder.ReceiveAsync(content);
        var second = await _folder.ReceiveAsync(content);

        _folder.Store.Commit(first);
        _folder.Store.Commit(second);

        second.Sha256.ShouldBe(first.Sha256);
        _folder.Stored.ShouldHaveSingleItem();
        _folder.Incoming.ShouldBeEmpty();
        (await File.ReadAllBytesAsync(_folder.Store.PathOf(first.Sha256).ShouldNotBeNull())).ShouldBe(content);
    }

    [Fact]
    public async Task ConcurrentUploadsOfTheSameContentAllSucceedAndAreStoredOnce()
    {
        var content = Samples.Png(50_000);

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            var file = await _folder.ReceiveAsync(content);
            _folder.Store.Commit(file);
        })));

        _folder.Stored.ShouldHaveSingleItem();
        _folder.Incoming.ShouldBeEmpty();
    }

    [Fact]
    public async Task ADiscardedFileLeavesNothing()
    {
        var file = await _folder.ReceiveAsync(Samples.Jpeg(2000));
        await _folder.Store.PrepareAsync(file, new FileIntent("aachen", "cafe-mokka", "ev-1", file.Sha256));

        _folder.Store.Discard(file);

        _folder.All.ShouldBeEmpty();
        _folder.Store.PathOf(file.Sha256).ShouldBeNull();
    }

    [Fact]
    public async Task AnIntentForOtherContentIsRefused()
    {
        var file = await _folder.ReceiveAsync(Samples.Jpeg(2000));

        await Should.ThrowAsync<ArgumentException>(() => _folder.Store.PrepareAsync(file, new FileIntent("aachen", "cafe-mokka", "ev-1", new string('0', 64))));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdefa")]
    [InlineData("0123456789abcdeg0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void PathOfAnswersNothingForAnythingButASha256(string sha256) => _folder.Store.PathOf(sha256).ShouldBeNull();

    [Fact]
    public async Task PathOfCannotBeWalkedOutOfTheStore()
    {
        var stored = await _folder.ReceiveAsync(Samples.Jpeg(2000));
        _folder.Store.Commit(stored);
        await _folder.ReceiveAsync(Samples.Jpeg(2000));
        var upload = Path.GetFileName(_folder.Incoming.ShouldHaveSingleItem());

        _folder.Store.PathOf($"xx/../../../incoming/{upload}").ShouldBeNull();
        _folder.Store.PathOf(stored.Sha256.ToUpperInvariant()).ShouldBeNull();
    }
}
