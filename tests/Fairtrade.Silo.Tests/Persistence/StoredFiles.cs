using System.Security.Cryptography;

namespace Fairtrade.Silo.Tests.Persistence;

/// <summary>The evidence files on disk: each named by the SHA-256 of its content, so a torn one shows.</summary>
public sealed class StoredFiles(string dataDir)
{
    private readonly HashSet<string> _checked = [];

    private string Store => Path.Combine(dataDir, "files", "sha256");

    private string Incoming => Path.Combine(dataDir, "files", "incoming");

    /// <summary>Every stored file's content matches its name (files never change, so each is hashed once); nothing is left in incoming/.</summary>
    public void AreWhole()
    {
        foreach (var file in Directory.GetFiles(Store, "*", SearchOption.AllDirectories).Where(file => !_checked.Contains(file)))
        {
            using var content = File.OpenRead(file);
            Convert.ToHexStringLower(SHA256.HashData(content)).ShouldBe(Path.GetFileName(file), "a stored file is torn");
            _checked.Add(file);
        }

        Directory.GetFiles(Incoming).ShouldBeEmpty("the start settles every upload a crash interrupted");
    }

    public bool Holds(string sha256) => File.Exists(Path.Combine(Store, sha256[..2], sha256));
}
