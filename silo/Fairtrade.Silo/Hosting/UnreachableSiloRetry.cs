namespace Fairtrade.Silo.Hosting;

/// <summary>
/// A call to a grain whose silo just died is refused before it is delivered (the connection fails) until the cluster
/// declares the silo dead and places the grain anew, a second or two later. Such a refusal is sent again after a pause
/// instead of failing the request: the caller waits out the failover. Only refusals of calls never delivered are sent
/// again (a call in flight when its silo died may have done its work, and is left to fail), and only calls to grains:
/// Orleans' own calls, its health probes among them, must fail at once to tell a dead silo.
/// </summary>
public sealed class UnreachableSiloRetry(ILogger<UnreachableSiloRetry> logger) : IOutgoingGrainCallFilter
{
    /// <summary>Longer than the cluster needs to declare a silo dead (see <see cref="Failover"/>): some seconds.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(1);

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        if (context.TargetId.IsSystemTarget())
        {
            await context.Invoke();
            return;
        }

        var pause = TimeSpan.FromMilliseconds(100);
        for (var waited = TimeSpan.Zero; ; waited += pause, pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxPause.Ticks)))
        {
            try
            {
                await context.Invoke();
                if (context.Response?.Exception is not { } refused || !NeverDelivered(refused) || waited >= Patience)
                {
                    return;
                }

                Log(context, refused, pause);
            }
            catch (Exception refused) when (NeverDelivered(refused) && waited < Patience)
            {
                Log(context, refused, pause);
            }

            await Task.Delay(pause);
        }
    }

    /// <summary>Refused on the way out (exactly this type: its subclass <see cref="SiloUnavailableException"/> also stands for calls in flight).</summary>
    private static bool NeverDelivered(Exception exception) => exception.GetType() == typeof(OrleansMessageRejectionException);

    private void Log(IOutgoingGrainCallContext context, Exception refused, TimeSpan pause) =>
        logger.LogDebug("{Method} on {Grain} was refused before delivery ({Reason}); sent again in {Pause}", context.MethodName, context.TargetId, refused.Message, pause);
}
