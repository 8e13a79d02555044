using System.Text;

namespace Fairtrade.Silo.Files;

/// <summary>
/// Looks through a whole upload, across the buffers it arrives in, for what makes a file more than a picture or a
/// document: markup a browser would run (a PDF that is also an HTML page, a script in a JPEG's comment) or a PDF's
/// actions (JavaScript, launching programs). Evidence is something a coordinator looks at, so none of it is needed.
/// The markers are long enough that compressed image data does not meet them by chance.
/// </summary>
internal sealed class ActiveContentScanner
{
    private static readonly byte[][] Markers =
    [
        .. new[] { "<script", "<html", "<!doctype html", "<iframe", "<object", "<embed", "<svg:", "<svg xmlns", "javascript:", "/javascript", "/launch", "/richmedia" }
            .Select(Encoding.ASCII.GetBytes),
    ];

    private static readonly int Overlap = Markers.Max(m => m.Length) - 1;

    // The end of the previous buffer first, so that a marker split between two buffers is still found.
    private readonly byte[] _window = new byte[Overlap + UploadReceiver.BufferSize];
    private int _carried;

    public bool Found { get; private set; }

    public void Scan(ReadOnlySpan<byte> bytes)
    {
        if (Found)
        {
            return;
        }

        var window = _window.AsSpan(0, _carried + bytes.Length);
        bytes.CopyTo(window[_carried..]);
        LowerAscii(window[_carried..]);
        foreach (var marker in Markers)
        {
            Found |= window.IndexOf(marker) >= 0;
        }

        _carried = Math.Min(Overlap, window.Length);
        window[^_carried..].CopyTo(_window);
    }

    private static void LowerAscii(Span<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is >= (byte)'A' and <= (byte)'Z')
            {
                bytes[i] |= 0x20;
            }
        }
    }
}
