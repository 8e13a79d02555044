namespace Fairtrade.Silo.Imports;

/// <summary>
/// The errors an import found, in the order found. The report lists the first <see cref="MaxListed"/> and says how
/// many more there are, so a workbook with an error in every cell still gets a short answer; only those are held.
/// </summary>
public sealed class ImportErrors
{
    public const int MaxListed = 200;
    private readonly List<ImportError> _listed = [];

    /// <summary>All errors found, listed or not.</summary>
    public int Count { get; private set; }

    public void Add(ImportError error)
    {
        Count++;
        if (_listed.Count < MaxListed)
        {
            _listed.Add(error);
        }
    }

    /// <summary>The listed errors, and when some were left out a last entry saying how many.</summary>
    public ImportError[] ToArray() => Count <= MaxListed ? [.. _listed]
        : [.. _listed, new ImportError("", null, null, ImportRowTexts.Current.MoreErrors(Count - MaxListed))];
}
