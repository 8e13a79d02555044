using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>Just enough MIME decoding (RFC 2045, 2047) to read what MailKit sends.</summary>
internal static partial class MimeDecoding
{
    public static string DecodeHeader(string value) =>
        EncodedWord().Replace(WhitespaceBetweenEncodedWords().Replace(value, ""), word =>
        {
            var charset = Encoding.GetEncoding(word.Groups["charset"].Value);
            var text = word.Groups["text"].Value;
            var bytes = word.Groups["encoding"].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(text)
                : DecodeQuotedPrintable(text, underscoreIsSpace: true);
            return charset.GetString(bytes);
        });

    public static string DecodeBody(string body, string? transferEncoding, string? contentType)
    {
        var bytes = transferEncoding?.ToLowerInvariant() switch
        {
            "base64" => Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))),
            "quoted-printable" => DecodeQuotedPrintable(body, underscoreIsSpace: false),
            _ => Encoding.Latin1.GetBytes(body),
        };
        var charset = contentType is null ? null : Charset().Match(contentType);
        return Encoding.GetEncoding(charset is { Success: true } ? charset.Groups[1].Value : "us-ascii").GetString(bytes);
    }

    private static byte[] DecodeQuotedPrintable(string text, bool underscoreIsSpace)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            // A soft line break; at the very end, its line break is the one the message's data ends with.
            if (text[i] == '=' && text.AsSpan(i + 1).StartsWith("\r\n"))
            {
                i += 2;
            }
            else if (text[i] == '=' && i == text.Length - 1)
            {
                break;
            }
            else if (text[i] == '=' && i + 2 < text.Length
                && byte.TryParse(text.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var encoded))
            {
                bytes.Add(encoded);
                i += 2;
            }
            else
            {
                bytes.Add(underscoreIsSpace && text[i] == '_' ? (byte)' ' : (byte)text[i]);
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<encoding>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"(?<=\?=)\s+(?==\?)")]
    private static partial Regex WhitespaceBetweenEncodedWords();

    [GeneratedRegex(@"charset=""?([^"";\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
