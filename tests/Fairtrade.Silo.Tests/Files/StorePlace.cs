using Fairtrade.Silo.Files;

namespace Fairtrade.Silo.Tests.Files;

/// <summary>Where a file store keeps its files, looked at past the store, and restarted as after a crash.</summary>
public abstract class StorePlace : IAsyncDisposable
{
    public abstract IFileStore Store { get; }

    /// <summary>The silo dies (whatever it held is let go) and a new one starts on the same place.</summary>
    public abstract Task<IFileStore> CrashAndRestartAsync();

    /// <summary>Uploads received and neither stored nor discarded, and what goes with them.</summary>
    public abstract Task<int> LeftoversAsync();

    /// <summary>Distinct contents stored.</summary>
    public abstract Task<int> StoredAsync();

    public abstract ValueTask DisposeAsync();

    public async Task<ReceivedFile> ReceiveAsync(byte[] content)
    {
        var result = await Store.ReceiveAsync(new MemoryStream(content), content.Length, CancellationToken.None);
        return result.File.ShouldNotBeNull();
    }

    /// <summary>Nothing at all is kept: no upload, no content, no part of either.</summary>
    public async Task ShouldHoldNothingAsync()
    {
        (await LeftoversAsync()).ShouldBe(0);
        (await StoredAsync()).ShouldBe(0);
    }

    public static async Task<byte[]?> ReadAllAsync(IFileStore store, string sha256)
    {
        await using var content = await store.OpenReadAsync(sha256, CancellationToken.None);
        if (content is null)
        {
            return null;
        }

        var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }
}
