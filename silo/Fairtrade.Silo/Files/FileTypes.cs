namespace Fairtrade.Silo.Files;

public static class FileTypes
{
    /// <summary>The media type a stored file of this type is served with.</summary>
    public static string ContentType(this FileType type) => type switch
    {
        FileType.Jpeg => "image/jpeg",
        FileType.Png => "image/png",
        FileType.WebP => "image/webp",
        FileType.Pdf => "application/pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The file name extension, with its dot, that a display name of this type ends with.</summary>
    public static string Extension(this FileType type) => type switch
    {
        FileType.Jpeg => ".jpg",
        FileType.Png => ".png",
        FileType.WebP => ".webp",
        FileType.Pdf => ".pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
