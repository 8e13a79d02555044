namespace Fairtrade.Silo.Imports;

/// <summary>How many bytes a workbook may still unpack to, shared by all its parts.</summary>
public sealed class UnpackBudget(long bytes)
{
    public long Remaining { get; private set; } = bytes;

    public void Take(int bytes)
    {
        Remaining -= bytes;
        if (Remaining < 0)
        {
            throw WorkbookPackage.TooLarge();
        }
    }
}
