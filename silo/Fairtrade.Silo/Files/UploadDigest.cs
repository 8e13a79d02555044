namespace Fairtrade.Silo.Files;

/// <summary>What receiving found out about an upload's content, or why it was refused.</summary>
internal readonly record struct UploadDigest(ReceiveError? Error, string Sha256, long Length, FileType Type)
{
    public static UploadDigest Refused(ReceiveError error) => new(error, "", 0, default);
}
