namespace Fairtrade.Grains.Tests.Infrastructure;

/// <summary>A folder of its own for one test, removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("fairtrade-grains-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    // Pooled SQLite connections may still hold the files; Linux deletes open files, and clearing all pools here
    // would close connections other tests are using.
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
