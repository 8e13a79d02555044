using System.Buffers.Text;
using System.Security.Cryptography;
using Fairtrade.Abstractions.Accounts;
using Fairtrade.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Accounts;

/// <summary>
/// With no account yet, makes the first admin: <c>Fairtrade:AdminUser</c> (default <c>admin</c>) with the password from
/// <c>Fairtrade:AdminPassword</c>, or a generated one handed over once in <see cref="FirstStartSecrets"/>. Runs once the
/// silo (and the web server) have started.
/// </summary>
public sealed class FirstAdmin(
    IGrainFactory grains, Passwords passwords, FirstStartSecrets secrets, IOptions<FairtradeOptions> options, ILogger<FirstAdmin> logger) : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if ((await grains.AccountDirectory().ListAsync()).Length > 0)
        {
            return;
        }

        var userName = options.Value.AdminUser;
        var password = options.Value.AdminPassword;
        var generated = string.IsNullOrEmpty(password);
        password = generated ? Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18)) : password!;
        var line = $"Admin sign-in: user {userName}, password {password}";
        if (generated)
        {
            await secrets.KeepAsync(line, cancellationToken);
        }

        var account = await grains.Account(userName).CreateAsync(new AccountDraft("Administrator", AccountRole.Admin, [], passwords.Hash(password)));
        if (account is null)
        {
            // Another silo of the cluster, starting at the same time, was first; or the list had missed the account.
            logger.LogInformation("The first admin account '{UserName}' exists already; it is in the list of accounts", userName);
            if (generated)
            {
                await secrets.ForgetAsync(line, cancellationToken);
            }

            return;
        }

        if (generated)
        {
            logger.LogWarning("Created the first admin account '{UserName}'; its password is in {File}, which only this user may read: read it, keep it safe, delete the file",
                userName, secrets.FilePath);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
