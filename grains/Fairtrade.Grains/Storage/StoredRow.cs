namespace Fairtrade.Grains.Storage;

/// <summary>One row of the grain state table as stored.</summary>
internal sealed record StoredRow(long Version, int SchemaVersion, string Payload);
