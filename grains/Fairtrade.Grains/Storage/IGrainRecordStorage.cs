namespace Fairtrade.Grains.Storage;

/// <summary>
/// Records a grain keeps apart from its state, in sets: a set is read whole (on activation), and each record is
/// written alone, so changing one costs the same however many the set holds. A town keeps its entry of each
/// participant so. The grain is a set's only writer: a write replaces the record under its key.
/// </summary>
public interface IGrainRecordStorage
{
    Task<IReadOnlyList<T>> ReadRecordsAsync<T>(GrainId grainId, string setName);

    /// <summary>Writes the record under <paramref name="key"/>, committed durably before it returns.</summary>
    Task WriteRecordAsync<T>(GrainId grainId, string setName, string key, T record);
}
