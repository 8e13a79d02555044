namespace Fairtrade.Abstractions.Storage;

/// <summary>Names under which grain state is stored; a typo here would silently start an empty state.</summary>
public static class StorageNames
{
    public const string Main = "fairtrade";
}
