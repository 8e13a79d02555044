using System.Net.Mail;
using System.Net.Mime;
using System.Net.Sockets;
using System.Text;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Notifications;

/// <summary>The test SMTP server is only worth trusting if it reads what SmtpClient writes.</summary>
public sealed class LoopbackSmtpServerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(TransferEncoding.QuotedPrintable)]
    [InlineData(TransferEncoding.Base64)]
    public async Task ReceivedSubjectAndBodyReadAsSentWhateverTheTransferEncoding(TransferEncoding encoding)
    {
        await using var server = new LoopbackSmtpServer();
        using var message = new MailMessage("a@example.test", "b@example.test", "Café Müller läuft ab", "Café Müller läuft ab.\r\nGrüße")
        {
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = encoding,
        };

        await SendAsync(server, message);

        var received = server.Messages.ShouldHaveSingleItem();
        received.Header("Content-Transfer-Encoding").ShouldBe(TransferEncodingName(encoding));
        received.Subject.ShouldBe("Café Müller läuft ab");
        received.Body.ShouldBe("Café Müller läuft ab.\r\nGrüße");
    }

    [Fact]
    public async Task AClientConnectedTwiceIsServedOnBothConnections()
    {
        await using var server = new LoopbackSmtpServer();
        using var idle = new TcpClient();
        await idle.ConnectAsync("127.0.0.1", server.Port);
        using var message = new MailMessage("a@example.test", "b@example.test", "second connection", "body");
        var arrival = server.WaitForMessageAsync(m => m.Subject == "second connection", Patience);

        await SendAsync(server, message).WaitAsync(Patience);

        (await arrival).To.ShouldBe(["b@example.test"]);
    }

    [Fact]
    public async Task TheServerSpeaksSmtpAndUndoesDotStuffing()
    {
        await using var server = new LoopbackSmtpServer();
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.Port);
        using var reader = new StreamReader(client.GetStream(), Encoding.ASCII);
        await using var writer = new StreamWriter(client.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        async Task<string> SayAsync(string line)
        {
            await writer.WriteLineAsync(line);
            return (await reader.ReadLineAsync())![..3];
        }

        var greeting = (await reader.ReadLineAsync())![..3];
        string[] replies =
        [
            await SayAsync("HELO test"), await SayAsync("NOOP"), await SayAsync("VRFY a"), await SayAsync("RCPT TO:<b@example.test>"),
            await SayAsync("MAIL FROM:<a@example.test>"), await SayAsync("RCPT TO:<b@example.test>"), await SayAsync("DATA"),
            await SayAsync("Subject: dots\r\n\r\n..\r\n..hidden\r\n."), await SayAsync("QUIT"),
        ];

        greeting.ShouldBe("220");
        replies.ShouldBe(["250", "250", "502", "503", "250", "250", "354", "250", "221"]);
        server.Messages.ShouldHaveSingleItem().Body.ShouldBe(".\r\n.hidden");
    }

    private static async Task SendAsync(LoopbackSmtpServer server, MailMessage message)
    {
        using var client = new SmtpClient("127.0.0.1", server.Port);
        await client.SendMailAsync(message);
    }

    private static string TransferEncodingName(TransferEncoding encoding) =>
        encoding == TransferEncoding.Base64 ? "base64" : "quoted-printable";
}
