using Fairtrade.Grains.Storage;
using StackExchange.Redis;

namespace Fairtrade.Silo.Hosting;

/// <summary>
/// Before the silo starts anything: does the database answer, and Redis? If not, the start stops with the setting to
/// look at, instead of a provider's stack trace minutes later.
/// </summary>
public sealed class StartupChecks(SiloSettings settings, SqlDatabase database, ILogger<StartupChecks> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(StartupChecks), ServiceLifecycleStage.RuntimeInitialize - 1, CheckAsync);

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        if (settings.Options.Storage == StorageKind.Postgres)
        {
            await ExpectAsync("ConnectionStrings__Postgres", $"PostgreSQL at {database.Location}", async () =>
            {
                using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                patience.CancelAfter(Patience);
                await database.PingAsync(patience.Token);
            });
        }

        if (settings.Options.Clustering == ClusteringKind.Redis)
        {
            var redis = ConfigurationOptions.Parse(settings.Redis!);
            redis.AbortOnConnectFail = true;
            redis.ConnectTimeout = (int)Patience.TotalMilliseconds;
            await ExpectAsync("ConnectionStrings__Redis", $"Redis at {string.Join(", ", redis.EndPoints)}", async () =>
            {
                await using var connection = await ConnectionMultiplexer.ConnectAsync(redis);
                await connection.GetDatabase().PingAsync();
            });
        }
    }

    private async Task ExpectAsync(string setting, string what, Func<Task> check)
    {
        try
        {
            await check();
        }
        catch (Exception exception) when (exception is not SettingException)
        {
            var message = $"{what} does not answer; check {setting} ({exception.GetBaseException().Message})";
            logger.LogCritical("{Message}", message);
            throw new SettingException(message, exception);
        }
    }
}
