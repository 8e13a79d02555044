using System.Text;
using Fairtrade.Silo.Files.Disk;
using Fairtrade.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Security;

/// <summary>
/// Where the secrets a start generates (the admin token, the first admin's password) are handed to the person who
/// started it: a file in the data folder that only its owner may read. Not the console: journald and docker keep its
/// lines, for whoever may read the logs. The log only says where the file is. With PostgreSQL too, the file is on
/// the disk of the silo that generated the secret, as nothing else reaches only the person who started it.
/// </summary>
public sealed class FirstStartSecrets(IOptions<FairtradeOptions> options)
{
    public string FilePath { get; } = Path.GetFullPath(Path.Combine(options.Value.DataDir, DataDirLayout.FirstStartSecrets));

    /// <summary>Adds a line, on disk before the secret's hash is stored, so a secret that holds can always be read.</summary>
    public async Task KeepAsync(string line, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(FilePath)!;
        try
        {
            OwnerOnly.CreateFolder(folder);
            await using (var file = new FileStream(FilePath, OwnerOnly.NewFile(FileMode.Append)))
            {
                await file.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), cancellationToken);
                file.Flush(flushToDisk: true);
            }

            FolderSync.Flush(folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new SettingException($"A generated secret cannot be written to {FilePath} ({exception.Message}): make Fairtrade__DataDir "
                + "a folder this user may write, or set Fairtrade__AdminToken and Fairtrade__AdminPassword.", exception);
        }
    }

    /// <summary>Takes a line back: another silo of the cluster stored its secret first, so this one never holds.</summary>
    public async Task ForgetAsync(string line, CancellationToken cancellationToken)
    {
        var rest = (await File.ReadAllLinesAsync(FilePath, cancellationToken)).Where(kept => kept != line).ToArray();
        if (rest.Length == 0)
        {
            File.Delete(FilePath);
            return;
        }

        await File.WriteAllLinesAsync(FilePath, rest, cancellationToken);
    }
}
