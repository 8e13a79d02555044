using System.Security.Cryptography;
using System.Text;
using Fairtrade.Silo.Files;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Files;

/// <summary>
/// What every file store promises: an upload is hashed and sniffed as it streams in, refused without a trace when too
/// large or not a type taken, stored once per content, and served byte for byte; each store runs it on its own place.
/// </summary>
public abstract partial class FileStoreContract
{
    protected const int Limit = 10_000;

    protected abstract Task<StorePlace> NewPlaceAsync();

    [Fact]
    public async Task AFileOfExactlyTheLimitIsAcceptedButNotServedBeforeItIsCommitted()
    {
        await using var place = await NewPlaceAsync();
        var content = Samples.Jpeg(Limit);

        var result = await place.Store.ReceiveAsync(new MemoryStream(content), Limit, CancellationToken.None);

        result.Error.ShouldBeNull();
        var file = result.File.ShouldNotBeNull();
        file.Type.ShouldBe(FileType.Jpeg);
        file.Length.ShouldBe(Limit);
        file.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(content)));
        (await place.Store.OpenReadAsync(file.Sha256, CancellationToken.None)).ShouldBeNull();
        (await place.LeftoversAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task OneByteOverTheLimitIsRefusedAndLeavesNothing()
    {
        await using var place = await NewPlaceAsync();

        var result = await place.Store.ReceiveAsync(new MemoryStream(Samples.Jpeg(Limit + 1)), Limit, CancellationToken.None);

        result.Error.ShouldBe(ReceiveError.TooLarge);
        result.File.ShouldBeNull();
        await place.ShouldHoldNothingAsync();
    }

    [Fact]
    public async Task AnOversizedUploadIsNotReadToTheEnd()
    {
        await using var place = await NewPlaceAsync();
        var upload = new ChunkedStream(Samples.Jpeg(1024 * 1024), chunkSize: 1024);

        var result = await place.Store.ReceiveAsync(upload, Limit, CancellationToken.None);

        result.Error.ShouldBe(ReceiveError.TooLarge);
        upload.Position.ShouldBeLessThanOrEqualTo(Limit + 1024);
        await place.ShouldHoldNothingAsync();
    }

    [Fact]
    public async Task HtmlIsRefusedAsUnknownWithoutReadingItAllAndLeavesNothing()
    {
        await using var place = await NewPlaceAsync();
        var upload = new ChunkedStream(Samples.Html(Limit), chunkSize: 1024);

        var result = await place.Store.ReceiveAsync(upload, Limit, CancellationToken.None);

        result.Error.ShouldBe(ReceiveError.UnknownType);
        upload.Position.ShouldBe(1024);
        await place.ShouldHoldNothingAsync();
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("MZ")]
    [InlineData("%PDF")]
    public async Task AFewBytesOfNothingKnownAreRefusedAsUnknown(string content)
    {
        await using var place = await NewPlaceAsync();

        var result = await place.Store.ReceiveAsync(new MemoryStream(Encoding.ASCII.GetBytes(content)), Limit, CancellationToken.None);

        result.Error.ShouldBe(ReceiveError.UnknownType);
        await place.ShouldHoldNothingAsync();
    }

    [Fact]
    public async Task APdfShorterThanTheSniffedHeadIsAccepted()
    {
        await using var place = await NewPlaceAsync();

        var result = await place.Store.ReceiveAsync(new MemoryStream("%PDF-1"u8.ToArray()), Limit, CancellationToken.None);

        result.File.ShouldNotBeNull().Type.ShouldBe(FileType.Pdf);
    }

    [Fact]
    public async Task AnEmptyUploadIsRefusedAndLeavesNothing()
    {
        await using var place = await NewPlaceAsync();

        var result = await place.Store.ReceiveAsync(new MemoryStream(), Limit, CancellationToken.None);

        result.Error.ShouldBe(ReceiveError.Empty);
        await place.ShouldHoldNothingAsync();
    }

    [Fact]
    public async Task AClientBreakingOffHalfWayLeavesNothing()
    {
        await using var place = await NewPlaceAsync();
        var upload = new ChunkedStream(Samples.Jpeg(Limit), chunkSize: 1000, failAt: Limit / 2);

        await Should.ThrowAsync<IOException>(() => place.Store.ReceiveAsync(upload, Limit, CancellationToken.None));

        await place.ShouldHoldNothingAsync();
    }

    [Fact]
    public async Task ACancelledUploadLeavesNothing()
    {
        await using var place = await NewPlaceAsync();
        var cancelled = new CancellationToken(canceled: true);

        await Should.ThrowAsync<OperationCanceledException>(() => place.Store.ReceiveAsync(new ChunkedStream(Samples.Jpeg(Limit), 1000), Limit, cancelled));

        await place.ShouldHoldNothingAsync();
    }

    [Fact]
    public async Task ASignatureArrivingAFewBytesAtATimeIsRecognised()
    {
        await using var place = await NewPlaceAsync();
        var content = Samples.StartingWith(Samples.WebPHead, 100);

        var result = await place.Store.ReceiveAsync(new ChunkedStream(content, chunkSize: 5), Limit, CancellationToken.None);

        result.File.ShouldNotBeNull().Type.ShouldBe(FileType.WebP);
    }

    [Fact]
    public async Task ALargeUploadInSmallPiecesIsStoredAndServedIntact()
    {
        await using var place = await NewPlaceAsync();
        var content = Samples.Png(5 * 1024 * 1024 + 17);

        var result = await place.Store.ReceiveAsync(new ChunkedStream(content, chunkSize: 4093), content.Length, CancellationToken.None);
        var file = result.File.ShouldNotBeNull();
        await place.Store.CommitAsync(file);

        file.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(content)));
        file.Length.ShouldBe(content.Length);
        (await StorePlace.ReadAllAsync(place.Store, file.Sha256)).ShouldBe(content);
    }

    [Fact]
    public async Task StoredContentCanBeReadFromAnyOffset()
    {
        await using var place = await NewPlaceAsync();
        var content = Samples.Jpeg(700_001);
        var file = await place.ReceiveAsync(content);
        await place.Store.CommitAsync(file);

        await using var stored = (await place.Store.OpenReadAsync(file.Sha256, CancellationToken.None)).ShouldNotBeNull();
        stored.CanSeek.ShouldBeTrue();
        stored.Length.ShouldBe(content.Length);
        foreach (var offset in new[] { 699_990, 262_143, 0, 524_288 })
        {
            stored.Seek(offset, SeekOrigin.Begin);
            var part = new byte[20];
            var read = await stored.ReadAtLeastAsync(part, part.Length, throwOnEndOfStream: false);
            part[..read].ShouldBe(content[offset..Math.Min(offset + 20, content.Length)]);
        }
    }
}
