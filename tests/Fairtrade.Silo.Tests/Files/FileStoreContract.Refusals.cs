using System.Text;
using Fairtrade.Silo.Files;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Files;

/// <summary>Uploads refused or cut off: nothing of them is kept, on any store.</summary>
public abstract partial class FileStoreContract
{
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
}
