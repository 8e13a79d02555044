namespace Fairtrade.Grains.Storage;

/// <summary>
/// Every grain state and record as stored, read past the grains: for a sweep that must know what any stored state
/// refers to (the evidence files) without activating every grain there is.
/// </summary>
public interface IStoredStates
{
    IAsyncEnumerable<string> ReadEveryPayloadAsync(CancellationToken cancellationToken);
}
