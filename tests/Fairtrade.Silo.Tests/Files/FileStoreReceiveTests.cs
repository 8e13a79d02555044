using System.Security.Cryptography;
using System.Text;
using Fairtrade.Silo.Files;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Files;

public sealed class FileStoreReceiveTests : IDisposable
{
    private const int Limit = 10_000;
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AFileOfExactlyTheLimitIsAccepted()
    {
        var content = Samples.Jpeg(Limit);

        var result = await _folder.Store.ReceiveAsync(new MemoryStream(content), Limit, CancellationToken.None);

        result.Error.ShouldBeNull();
        var file = result.File.ShouldNotBeNull();
        file.Type.ShouldBe(FileType.Jpeg);
        file.Length.ShouldBe(Limit);
        file.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(content)));
        _folder.Incoming.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task OneByteOverTheLimitIsRefusedAndLeavesNothing()
    {
        var result = await _folder.Store.ReceiveAsync(new MemoryStream(Samples.Jpeg(Limit + 1)), Limit, CancellationToken.None);

        result.Error.ShouldBe(ReceiveError.TooLarge);
        result.File.ShouldBeNull();
        _folder.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnOversizedUploadIsNotReadToTheEnd()
    {
        var upload = new ChunkedStream(Samples.Jpeg(1024 * 1024), chunkSize: 1024);

        var result = await _folder.Store.ReceiveAsync(upload, Limit, CancellationToken.None);

        result.Error.ShouldBe(ReceiveError.TooLarge);
        upload.Position.ShouldBeLessThanOrEqualTo(Limit + 1024);
        _folder.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task HtmlIsRefusedAsUnknownWithoutReadingItAllAndLeavesNothing()
    {
        var upload = new ChunkedStream(Samples.Html(Limit), chunkSize: 1024);

        var result = await _folder.Store.ReceiveAsync(upload, Limit, CancellationToken.None);

        result.Error.ShouldBe(ReceiveError.UnknownType);
        upload.Position.ShouldBe(1024);
        _folder.All.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("MZ")]
    [InlineData("%PDF")]
    public async Task AFewBytesOfNothingKnownAreRefusedAsUnknown(string content)
    {
        var result = await _folder.Store.ReceiveAsync(new MemoryStream(Encoding.ASCII.GetBytes(content)), Limit, CancellationToken.None);

        result.Error.ShouldBe(ReceiveError.UnknownType);
        _folder.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task APdfShorterThanTheSniffedHeadIsAccepted()
    {
        var result = await _folder.Store.ReceiveAsync(new MemoryStream("%PDF-1"u8.ToArray()), Limit, CancellationToken.None);

        result.File.ShouldNotBeNull().Type.ShouldBe(FileType.Pdf);
    }

    [Fact]
    public async Task AnEmptyUploadIsRefusedAndLeavesNothing()
    {
        var result = await _folder.Store.ReceiveAsync(new MemoryStream(), Limit, CancellationToken.None);

        result.Error.ShouldBe(ReceiveError.Empty);
        _folder.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task AClientBreakingOffHalfWayLeavesNothing()
    {
        var upload = new ChunkedStream(Samples.Jpeg(Limit), chunkSize: 1000, failAt: Limit / 2);

        await Should.ThrowAsync<IOException>(() => _folder.Store.ReceiveAsync(upload, Limit, CancellationToken.None));

        _folder.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task ACancelledUploadLeavesNothing()
    {
        var cancelled = new CancellationToken(canceled: true);

        await Should.ThrowAsync<OperationCanceledException>(() => _folder.Store.ReceiveAsync(new ChunkedStream(Samples.Jpeg(Limit), 1000), Limit, cancelled));

        _folder.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task ASignatureArrivingAFewBytesAtATimeIsRecognised()
    {
        var content = Samples.StartingWith(Samples.WebPHead, 100);

        var result = await _folder.Store.ReceiveAsync(new ChunkedStream(content, chunkSize: 5), Limit, CancellationToken.None);

        result.File.ShouldNotBeNull().Type.ShouldBe(FileType.WebP);
    }

    [Fact]
    public async Task ALargeUploadInSmallPiecesIsStoredIntact()
    {
        var content = Samples.Png(5 * 1024 * 1024);

        var result = await _folder.Store.ReceiveAsync(new ChunkedStream(content, chunkSize: 4093), content.Length, CancellationToken.None);
        var file = result.File.ShouldNotBeNull();
        _folder.Store.Commit(file);

        file.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(content)));
        file.Length.ShouldBe(content.Length);
        (await File.ReadAllBytesAsync(_folder.Store.PathOf(file.Sha256).ShouldNotBeNull())).ShouldBe(content);
    }
}
