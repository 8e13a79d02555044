using System.Collections.Concurrent;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>
/// Counts the calls that reached grains, by grain class. A call to a grain is what activates it, so "no call" proves
/// "no activation" even where an activation would have been collected again at once.
/// </summary>
public sealed class GrainCalls : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int To(string grainClass) => _calls.GetValueOrDefault(grainClass);

    public Task Invoke(IIncomingGrainCallContext context)
    {
        _calls.AddOrUpdate(context.Grain.GetType().Name, 1, (_, n) => n + 1);
        return context.Invoke();
    }
}
