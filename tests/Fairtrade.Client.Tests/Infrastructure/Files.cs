namespace Fairtrade.Client.Tests.Infrastructure;

/// <summary>Files on disk that start like the real thing, in a folder that goes away with the test.</summary>
public sealed class Files : IDisposable
{
    private static readonly byte[] JpegHead = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, 0x01];
    private static readonly byte[] PdfHead = [.. "%PDF-1.7\n1 0 obj\n"u8];

    public string Folder { get; } = Directory.CreateTempSubdirectory("fairtrade-client-files-").FullName;

    public string Jpeg(string name, int length) => Write(name, JpegHead, length);

    public string Pdf(string name, int length) => Write(name, PdfHead, length);

    public string Text(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private string Write(string name, byte[] head, int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        head.CopyTo(bytes, 0);
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
