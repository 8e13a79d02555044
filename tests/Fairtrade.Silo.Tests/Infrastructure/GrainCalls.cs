using System.Collections.Concurrent;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>
/// Counts the calls that reached grains, by grain class and key. A call to a grain is what activates it, so "no call"
/// proves "no activation" even where an activation would have been collected again at once.
/// </summary>
public sealed class GrainCalls : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<(string Class, string Key), int> _calls = new();

    public int To(string grainClass) => _calls.Where(c => c.Key.Class == grainClass).Sum(c => c.Value);

    /// <summary>Calls to the grains of <paramref name="grainClass"/> whose key passes <paramref name="key"/>.</summary>
    public int To(string grainClass, Func<string, bool> key) => _calls.Where(c => c.Key.Class == grainClass && key(c.Key.Key)).Sum(c => c.Value);

    public Task Invoke(IIncomingGrainCallContext context)
    {
        _calls.AddOrUpdate((context.Grain.GetType().Name, context.TargetId.Key.ToString()), 1, (_, n) => n + 1);
        return context.Invoke();
    }
}
