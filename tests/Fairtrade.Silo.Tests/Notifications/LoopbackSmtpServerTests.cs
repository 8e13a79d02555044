using System.Net.Sockets;
using System.Text;
using Fairtrade.Silo.Tests.Infrastructure;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Text;

namespace Fairtrade.Silo.Tests.Notifications;

/// <summary>The test SMTP server is only worth trusting if it reads what MailKit writes.</summary>
public sealed class LoopbackSmtpServerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(ContentEncoding.QuotedPrintable, "quoted-printable")]
    [InlineData(ContentEncoding.Base64, "base64")]
    public async Task ReceivedSubjectAndBodyReadAsSentWhateverTheTransferEncoding(ContentEncoding encoding, string encodingName)
    {
        await using var server = new LoopbackSmtpServer();
        using var message = Message("Café Müller läuft ab", "Café Müller läuft ab.\r\nGrüße", encoding);

        await SendAsync(server, message);

        var received = server.Messages.ShouldHaveSingleItem();
        received.Header("Content-Transfer-Encoding").ShouldBe(encodingName);
        received.Subject.ShouldBe("Café Müller läuft ab");
        received.Body.ShouldBe("Café Müller läuft ab.\r\nGrüße");
    }

    [Fact]
    public async Task AClientConnectedTwiceIsServedOnBothConnections()
    {
        await using var server = new LoopbackSmtpServer();
        using var idle = new TcpClient();
        await idle.ConnectAsync("127.0.0.1", server.Port);
        using var message = Message("second connection", "body", ContentEncoding.QuotedPrintable);
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

    [Fact]
    public async Task CredentialsOfferedAuthenticationAreHeardAndTheMessageIsTaken()
    {
        await using var server = new LoopbackSmtpServer { OffersAuthentication = true };
        using var message = Message("after login", "body", ContentEncoding.QuotedPrintable);
        using var client = new SmtpClient();

        await client.ConnectAsync("127.0.0.1", server.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync("user", "password");
        await client.SendAsync(message);
        await client.DisconnectAsync(quit: true);

        server.Heard.ShouldContain(line => line.StartsWith("AUTH ", StringComparison.Ordinal));
        server.Messages.ShouldHaveSingleItem().Subject.ShouldBe("after login");
    }

    private static MimeMessage Message(string subject, string text, ContentEncoding encoding)
    {
        var body = new TextPart(TextFormat.Plain) { ContentTransferEncoding = encoding };
        body.SetText(Encoding.UTF8, text);
        var message = new MimeMessage { Subject = subject, Body = body };
        message.From.Add(MailboxAddress.Parse("a@example.test"));
        message.To.Add(MailboxAddress.Parse("b@example.test"));
        return message;
    }

    private static async Task SendAsync(LoopbackSmtpServer server, MimeMessage message)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", server.Port, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(quit: true);
    }
}
