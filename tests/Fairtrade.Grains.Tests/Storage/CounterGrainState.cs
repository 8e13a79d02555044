using System.Diagnostics.CodeAnalysis;

namespace Fairtrade.Grains.Tests.Storage;

/// <summary>What Orleans hands the storage for a grain's <see cref="CounterState"/>; a storage that sets a null state fails the test.</summary>
public sealed class CounterGrainState : IGrainState<CounterState>
{
    // The interface allows null; throwing here keeps a storage that sets it from passing for one that resets it.
    [AllowNull]
    public CounterState State
    {
        get;
        set => field = value ?? throw new ArgumentNullException(nameof(value), "The storage set a null state.");
    } = new();

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }

    /// <summary>The same grain state, ETag kept, with a new count: what a grain does before its next write.</summary>
    public CounterGrainState WithCount(int count)
    {
        State.Count = count;
        return this;
    }
}
