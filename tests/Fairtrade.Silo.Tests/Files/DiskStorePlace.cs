using Fairtrade.Silo.Files;
using Fairtrade.Silo.Files.Disk;

namespace Fairtrade.Silo.Tests.Files;

/// <summary>A disk store in a fresh temp folder, deleted after the test.</summary>
public sealed class DiskStorePlace : StorePlace
{
    public DiskStorePlace() => Disk = new DiskFileStore(Root);

    public string Root { get; } = Directory.CreateTempSubdirectory("fairtrade-files-").FullName;

    public DiskFileStore Disk { get; private set; }

    public override IFileStore Store => Disk;

    public string[] Incoming => Directory.GetFiles(Path.Combine(Root, "incoming"));

    /// <summary>Every file anywhere under the root.</summary>
    public string[] All => Directory.GetFiles(Root, "*", SearchOption.AllDirectories);

    public override Task<IFileStore> CrashAndRestartAsync()
    {
        Disk = new DiskFileStore(Root);
        return Task.FromResult<IFileStore>(Disk);
    }

    public override Task<int> LeftoversAsync() => Task.FromResult(Incoming.Length);

    public override Task<int> StoredAsync() =>
        Task.FromResult(All.Length - Incoming.Length);

    public override ValueTask DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return ValueTask.CompletedTask;
    }
}
