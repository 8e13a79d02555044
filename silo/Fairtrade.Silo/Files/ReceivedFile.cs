namespace Fairtrade.Silo.Files;

/// <summary>An upload that is complete and held by its store, waiting to be committed or discarded.</summary>
public abstract class ReceivedFile
{
    private protected ReceivedFile(UploadDigest digest)
    {
        Sha256 = digest.Sha256;
        Length = digest.Length;
        Type = digest.Type;
    }

    /// <summary>The SHA-256 of the content, 64 lowercase hex digits.</summary>
    public string Sha256 { get; }

    public long Length { get; }

    public FileType Type { get; }
}
