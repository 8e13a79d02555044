using System.Text.RegularExpressions;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>A message as <see cref="LoopbackSmtpServer"/> received it: the envelope and the raw data after DATA.</summary>
public sealed partial record ReceivedMail(string From, string[] To, string Data)
{
    /// <summary>The decoded <c>Subject</c> header.</summary>
    public string? Subject => Header("Subject") is { } subject ? MimeDecoding.DecodeHeader(subject) : null;

    public string? MessageId => Header("Message-ID");

    /// <summary>The body, undone from its transfer encoding and charset.</summary>
    public string Body
    {
        get
        {
            var separator = Data.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var body = separator < 0 ? "" : Data[(separator + 4)..];
            // The client ends the text with a line break of its own, before the closing dot.
            body = body.EndsWith("\r\n", StringComparison.Ordinal) ? body[..^2] : body;
            return MimeDecoding.DecodeBody(body, Header("Content-Transfer-Encoding"), Header("Content-Type"));
        }
    }

    /// <summary>The first header of that name, unfolded and as sent (not decoded).</summary>
    public string? Header(string name)
    {
        var separator = Data.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = FoldedLineBreak().Replace(separator < 0 ? Data : Data[..separator], "");
        return headers.Split("\r\n")
            .Select(line => line.Split(':', 2))
            .FirstOrDefault(field => field.Length == 2 && field[0].Equals(name, StringComparison.OrdinalIgnoreCase))?[1]
            .Trim();
    }

    [GeneratedRegex(@"\r\n(?=[ \t])")]
    private static partial Regex FoldedLineBreak();
}
