using System.Text;
using System.Text.RegularExpressions;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>Reads what a test needs of a PDF the browser printed: that it is one, and how many pages it has.</summary>
public static partial class PdfPages
{
    public static bool IsPdf(byte[] file) => file.AsSpan().StartsWith("%PDF-"u8);

    /// <summary>The page objects in the file (each "/Type /Page"; the page tree itself is "/Type /Pages").</summary>
    public static int Count(byte[] file) => PageObject().Count(Encoding.Latin1.GetString(file));

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
