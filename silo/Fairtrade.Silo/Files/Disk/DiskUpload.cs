namespace Fairtrade.Silo.Files.Disk;

/// <summary>An upload complete on disk in the store's incoming folder.</summary>
internal sealed class DiskUpload : ReceivedFile
{
    internal DiskUpload(string uploadPath, UploadDigest digest)
        : base(digest) => UploadPath = uploadPath;

    public string UploadPath { get; }

    public string IntentPath => Incoming.IntentPathOf(UploadPath);
}
