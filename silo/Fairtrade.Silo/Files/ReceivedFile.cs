namespace Fairtrade.Silo.Files;

/// <summary>
/// An upload that is complete and on disk in the store's incoming folder, waiting to be committed or discarded.
/// </summary>
public sealed class ReceivedFile
{
    internal ReceivedFile(string uploadPath, string sha256, long length, FileType type)
    {
        UploadPath = uploadPath;
        Sha256 = sha256;
        Length = length;
        Type = type;
    }

    /// <summary>The SHA-256 of the content, 64 lowercase hex digits.</summary>
    public string Sha256 { get; }

    public long Length { get; }

    public FileType Type { get; }

    internal string UploadPath { get; }

    internal string IntentPath => Incoming.IntentPathOf(UploadPath);
}
