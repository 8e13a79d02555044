namespace Fairtrade.Silo.Hosting;

/// <summary>
/// A call to a grain whose silo just died is refused before it is delivered (the connection fails, or the directory
/// still points there) until the cluster declares the silo dead and places the grain anew, a few seconds later. Such
/// a refusal is sent again after a pause instead of failing the request: the caller waits out the failover. A call
/// that was delivered is never sent twice, so no write is made twice.
/// </summary>
public sealed class UnreachableSiloRetry(ILogger<UnreachableSiloRetry> logger) : IOutgoingGrainCallFilter
{
    /// <summary>Longer than the cluster needs to declare a silo dead (see <see cref="Failover"/>).</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(1);

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        var pause = TimeSpan.FromMilliseconds(100);
        for (var waited = TimeSpan.Zero; ; waited += pause, pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxPause.Ticks)))
        {
            try
            {
                await context.Invoke();
                if (context.Response?.Exception is not OrleansMessageRejectionException refused || waited >= Patience)
                {
                    return;
                }

                Log(context, refused, pause);
            }
            catch (OrleansMessageRejectionException refused) when (waited < Patience)
            {
                Log(context, refused, pause);
            }

            await Task.Delay(pause);
        }
    }

    private void Log(IOutgoingGrainCallContext context, OrleansMessageRejectionException refused, TimeSpan pause) =>
        logger.LogDebug("{Method} on {Grain} was refused before delivery ({Reason}); sent again in {Pause}", context.MethodName, context.TargetId, refused.Message, pause);
}
