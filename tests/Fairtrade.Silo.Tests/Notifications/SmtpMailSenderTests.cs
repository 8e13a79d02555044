using System.Net;
using System.Net.Sockets;
using System.Text;
using Fairtrade.Grains.Notifications.Mail;
using Fairtrade.Silo.Notifications.Mail;
using Fairtrade.Silo.Tests.Infrastructure;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Tests.Notifications;

public sealed class SmtpMailSenderTests
{
    private const string Town = "fairtrade@bottrop.example";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task SendingDeliversSenderRecipientSubjectBodyAndMessageIdUnchanged()
    {
        await using var server = new LoopbackSmtpServer();
        var reminder = new OutgoingMail(
            "kontakt@cafe-mueller.example",
            "Erinnerung: Die Erklärung von Café Müller läuft ab – noch 7 Tage (Fairtrade-Stadt Bottrop)",
            "Guten Tag,\r\n\r\ndie Erklärung von Café Müller läuft ab am 20.11.2026.\r\n.\r\n.Bitte erneuern Sie sie.",
            "<reminder-cafe-mueller-7@fairtrade>");
        var arrival = server.WaitForMessageAsync(m => m.MessageId == reminder.MessageId, Patience);

        await SenderFor(server).SendAsync(reminder, CancellationToken.None);

        var received = await arrival;
        received.From.ShouldBe(Town);
        received.To.ShouldBe(["kontakt@cafe-mueller.example"]);
        received.Header("From").ShouldBe(Town);
        received.Subject.ShouldBe(reminder.Subject);
        received.Body.ShouldBe(reminder.Body);
        received.MessageId.ShouldBe(reminder.MessageId);
        server.Messages.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task SendingThrowsWhileTheServerRefusesTemporarilyAndSucceedsWhenRetriedLater()
    {
        await using var server = new LoopbackSmtpServer { RefusesMailTemporarily = true };
        var sender = SenderFor(server);

        var refusal = await Should.ThrowAsync<SmtpCommandException>(() => sender.SendAsync(Reminder, CancellationToken.None));
        server.Messages.ShouldBeEmpty();
        server.RefusesMailTemporarily = false;
        await sender.SendAsync(Reminder, CancellationToken.None);

        refusal.StatusCode.ShouldBe(SmtpStatusCode.ErrorInProcessing);
        server.Messages.ShouldHaveSingleItem().MessageId.ShouldBe(Reminder.MessageId);
    }

    [Fact]
    public async Task SendingRefusesToGoOutUnencryptedWhenStartTlsIsAskedFor()
    {
        await using var server = new LoopbackSmtpServer();

        var refusal = await Should.ThrowAsync<SmtpTlsMissingException>(() => SenderFor(server, startTls: true).SendAsync(Reminder, CancellationToken.None));

        refusal.Message.ShouldContain("does not offer STARTTLS");
        server.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task WithCredentialsNothingIsSentAndThePasswordNeverTravelsWhenTheServerOffersNoStartTls()
    {
        const string password = "s3cret-smtp-password";
        await using var server = new LoopbackSmtpServer { OffersAuthentication = true };
        var sender = new SmtpMailSender(Options.Create(new SmtpOptions
        {
            Host = "127.0.0.1", Port = server.Port, From = Town, UserName = "fairtrade", Password = password,
        }));

        var refusal = await Should.ThrowAsync<SmtpTlsMissingException>(() => sender.SendAsync(Reminder, CancellationToken.None));

        refusal.Message.ShouldContain("does not offer STARTTLS");
        server.Messages.ShouldBeEmpty();
        server.Heard.ShouldNotContain(line => line.StartsWith("AUTH", StringComparison.OrdinalIgnoreCase));
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(password));
        server.Heard.ShouldNotContain(line => line.Contains(password, StringComparison.Ordinal) || line.Contains(base64, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Café\nMokka runs out", "cafe@example.org")]
    [InlineData("Café\u2028Mokka runs out", "cafe@example.org")]
    [InlineData("Café Mokka runs out", "cafe@exa mple.org")]
    public async Task AMessageThatCannotBeBuiltIsRejectedForGoodAndNothingIsSent(string subject, string to)
    {
        await using var server = new LoopbackSmtpServer();
        var mail = new OutgoingMail(to, System.Text.RegularExpressions.Regex.Unescape(subject), "Noch 30 Tage.", "<reminder-bad@fairtrade>");

        await Should.ThrowAsync<MailRejectedException>(() => SenderFor(server).SendAsync(mail, CancellationToken.None));

        server.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task SendingGivesUpWithATimeoutWhenTheServerNeverAnswers()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var options = new SmtpOptions { Host = "127.0.0.1", Port = ((IPEndPoint)silent.LocalEndpoint).Port, From = Town, TimeoutSeconds = 1 };
        using var testGivesUp = new CancellationTokenSource(Patience);

        await Should.ThrowAsync<TimeoutException>(() => new SmtpMailSender(Options.Create(options)).SendAsync(Reminder, testGivesUp.Token));
    }

    [Fact]
    public void NoSenderIsRegisteredWithoutHost()
    {
        using var services = ServicesWith(("From", Town));

        services.GetService<IMailSender>().ShouldBeNull();
        Should.NotThrow(services.GetRequiredService<IStartupValidator>().Validate);
    }

    [Fact]
    public async Task TheRegisteredSenderSendsToTheConfiguredServer()
    {
        await using var server = new LoopbackSmtpServer();
        using var services = ServicesWith(("Host", "127.0.0.1"), ("Port", server.Port.ToString()), ("From", Town));

        services.GetRequiredService<IStartupValidator>().Validate();
        await services.GetRequiredService<IMailSender>().SendAsync(Reminder, CancellationToken.None);

        server.Messages.ShouldHaveSingleItem().From.ShouldBe(Town);
    }

    [Theory]
    [InlineData("From", "")]
    [InlineData("From", "not an address")]
    [InlineData("Port", "0")]
    [InlineData("Port", "65536")]
    [InlineData("TimeoutSeconds", "0")]
    public void StartFailsWhenAnSmtpSettingIsInvalid(string key, string value)
    {
        var settings = new Dictionary<string, string> { ["Host"] = "127.0.0.1", ["From"] = Town, [key] = value };
        using var services = ServicesWith([.. settings.Select(s => (s.Key, s.Value))]);

        var failure = Should.Throw<OptionsValidationException>(services.GetRequiredService<IStartupValidator>().Validate);

        failure.Message.ShouldContain(key);
    }

    private static OutgoingMail Reminder { get; } =
        new("coordinator@bottrop.example", "Café Müller läuft ab", "Noch 30 Tage.", "<reminder-abc@fairtrade>");

    private static SmtpMailSender SenderFor(LoopbackSmtpServer server, bool startTls = false) =>
        new(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, From = Town, StartTls = startTls }));

    private static ServiceProvider ServicesWith(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create($"{SmtpOptions.Section}:{s.Key}", (string?)s.Value)))
            .Build();
        return new ServiceCollection().AddFairtradeMail(configuration).BuildServiceProvider();
    }
}
