using Fairtrade.Silo.Files;

namespace Fairtrade.Silo.Tests.Files;

/// <summary>A file store in a fresh temp folder, deleted after the test.</summary>
public sealed class StoreFolder : IDisposable
{
    public StoreFolder() => Store = new FileStore(Root);

    public string Root { get; } = Directory.CreateTempSubdirectory("fairtrade-files-").FullName;

    public FileStore Store { get; }

    public string[] Incoming => Directory.GetFiles(Path.Combine(Root, "incoming"));

    public string[] Stored => Directory.Exists(Path.Combine(Root, "sha256"))
        ? Directory.GetFiles(Path.Combine(Root, "sha256"), "*", SearchOption.AllDirectories)
        : [];

    /// <summary>Every file anywhere under the root.</summary>
    public string[] All => Directory.GetFiles(Root, "*", SearchOption.AllDirectories);

    /// <summary>A new store on the same folder, as after a restart.</summary>
    public FileStore Restart() => new(Root);

    public async Task<ReceivedFile> ReceiveAsync(byte[] content)
    {
        var result = await Store.ReceiveAsync(new MemoryStream(content), content.Length, CancellationToken.None);
        return result.File.ShouldNotBeNull();
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
