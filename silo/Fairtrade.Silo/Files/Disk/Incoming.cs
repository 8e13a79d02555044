namespace Fairtrade.Silo.Files.Disk;

/// <summary>Names of the files in the store's incoming folder: an upload and its intent share a random stem.</summary>
internal static class Incoming
{
    public const string UploadExtension = ".upload";
    public const string IntentExtension = ".intent";

    public static string NewUploadPath(string folder) => Path.Combine(folder, Guid.NewGuid().ToString("N") + UploadExtension);

    public static string IntentPathOf(string uploadPath) => Path.ChangeExtension(uploadPath, IntentExtension);

    public static string UploadPathOf(string intentPath) => Path.ChangeExtension(intentPath, UploadExtension);

    public static bool IsIntent(string path) => path.EndsWith(IntentExtension, StringComparison.Ordinal);

    /// <summary>Where an intent is written before it is renamed into place, so no half-written intent is ever read.</summary>
    public static string PendingPathOf(string intentPath) => intentPath + ".pending";
}
