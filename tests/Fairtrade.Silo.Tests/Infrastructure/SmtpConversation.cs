using System.Net.Sockets;
using System.Text;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>One client connection to <see cref="LoopbackSmtpServer"/>, from the 220 greeting to QUIT.</summary>
internal sealed class SmtpConversation(TcpClient client, LoopbackSmtpServer server)
{
    private string? _from;
    private readonly List<string> _to = [];

    public async Task RunAsync(CancellationToken stopping)
    {
        using (client)
        {
            try
            {
                // Latin-1 keeps every byte as one char, so nothing on the wire is lost before the body is decoded.
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.Latin1);
                await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 localhost loopback SMTP ready");
                while (await reader.ReadLineAsync(stopping) is { } line)
                {
                    server.Hear(line);
                    var reply = await AnswerAsync(line, reader, writer, stopping);
                    if (reply is null)
                    {
                        return;
                    }

                    await writer.WriteLineAsync(reply);
                    if (reply.StartsWith("221", StringComparison.Ordinal))
                    {
                        return;
                    }
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client hung up, or the server is stopping.
            }
        }
    }

    private async Task<string?> AnswerAsync(string line, StreamReader reader, StreamWriter writer, CancellationToken stopping)
    {
        switch (line.Split(' ', 2)[0].ToUpperInvariant())
        {
            case "EHLO" when server.OffersAuthentication:
                Reset();
                return "250-localhost\r\n250 AUTH PLAIN LOGIN";
            case "EHLO" or "HELO" or "RSET":
                Reset();
                return "250 localhost";
            case "AUTH" when server.OffersAuthentication:
                return await AuthenticateAsync(line, reader, writer, stopping);
            case "NOOP":
                return "250 OK";
            case "QUIT":
                return "221 localhost closing";
            case "MAIL" when server.RefusesMailTemporarily:
                return "451 4.3.0 Temporarily unable to accept mail";
            case "MAIL" when line.StartsWith("MAIL FROM:", StringComparison.OrdinalIgnoreCase):
                Reset();
                _from = Address(line);
                return "250 OK";
            case "RCPT" when _from is null:
                return "503 5.5.1 MAIL first";
            case "RCPT" when line.StartsWith("RCPT TO:", StringComparison.OrdinalIgnoreCase):
                _to.Add(Address(line));
                return "250 OK";
            case "MAIL" or "RCPT":
                return "501 5.5.4 Syntax error";
            case "DATA" when _from is null || _to.Count == 0:
                return "503 5.5.1 MAIL and RCPT first";
            case "DATA":
                await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                var data = await ReadDataAsync(reader, stopping);
                if (data is null)
                {
                    return null;
                }

                server.Receive(new ReceivedMail(_from, [.. _to], data));
                Reset();
                return "250 OK queued";
            default:
                return "502 5.5.2 Command not implemented";
        }
    }

    /// <summary>AUTH PLAIN (with or without the initial response) and AUTH LOGIN; any credentials are taken.</summary>
    private async Task<string?> AuthenticateAsync(string line, StreamReader reader, StreamWriter writer, CancellationToken stopping)
    {
        var words = line.Split(' ');
        string[]? challenges = (words.Length > 1 ? words[1].ToUpperInvariant() : "") switch
        {
            "PLAIN" when words.Length > 2 => [],
            "PLAIN" => ["334 "],
            "LOGIN" => ["334 VXNlcm5hbWU6", "334 UGFzc3dvcmQ6"],
            _ => null,
        };
        if (challenges is null)
        {
            return "504 5.5.4 Unrecognized authentication type";
        }

        foreach (var challenge in challenges)
        {
            await writer.WriteLineAsync(challenge);
            if (await reader.ReadLineAsync(stopping) is not { } answer)
            {
                return null;
            }

            server.Hear(answer);
        }

        return "235 2.7.0 Authentication successful";
    }

    private static async Task<string?> ReadDataAsync(StreamReader reader, CancellationToken stopping)
    {
        var lines = new List<string>();
        while (await reader.ReadLineAsync(stopping) is { } line)
        {
            if (line == ".")
            {
                return string.Join("\r\n", lines);
            }

            lines.Add(line.StartsWith('.') ? line[1..] : line);
        }

        return null;
    }

    private static string Address(string command)
    {
        var path = command[(command.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        var end = path.IndexOf('>', StringComparison.Ordinal);
        return path.StartsWith('<') && end > 0 ? path[1..end] : path.Split(' ')[0];
    }

    private void Reset()
    {
        _from = null;
        _to.Clear();
    }
}
