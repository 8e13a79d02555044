namespace Fairtrade.Silo.Files;

/// <summary>The kinds of evidence file we accept, as sniffed from their content.</summary>
public enum FileType
{
    Jpeg,
    Png,
    WebP,
    Pdf,
}
