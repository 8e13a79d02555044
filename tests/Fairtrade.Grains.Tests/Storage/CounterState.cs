namespace Fairtrade.Grains.Tests.Storage;

/// <summary>A plain state DTO, as grains store them.</summary>
public sealed class CounterState
{
    public int Count { get; set; }

    public List<string> Names { get; set; } = [];
}
