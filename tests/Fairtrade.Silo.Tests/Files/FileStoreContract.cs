using System.Security.Cryptography;
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
