namespace Fairtrade.Silo.Hosting;

/// <summary>
/// The data folder of the embedded default and the folders in it, made owner-only where the silo creates them. A
/// folder that exists already is the operator's: its rights are left as they are, for they may be meant (a backup
/// user's group), but <see cref="DataFolderWarning"/> names each that others may read.
/// </summary>
public static class DataFolder
{
    /// <summary>Creates what is missing, and answers the full paths of the existing folders open to others.</summary>
    public static string[] Prepare(string dataDir)
    {
        var openToOthers = new List<string>();
        foreach (var folder in new[] { dataDir, Path.Combine(dataDir, DataDirLayout.Files), Path.Combine(dataDir, DataDirLayout.Keys) })
        {
            if (!Directory.Exists(folder))
            {
                OwnerOnly.CreateFolder(folder);
            }
            else if (OwnerOnly.IsOpenToOthers(folder))
            {
                openToOthers.Add(Path.GetFullPath(folder));
            }
        }

        return [.. openToOthers];
    }
}
