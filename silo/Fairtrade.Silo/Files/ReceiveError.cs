namespace Fairtrade.Silo.Files;

/// <summary>Why an upload was refused.</summary>
public enum ReceiveError
{
    Empty,
    TooLarge,
    UnknownType,

    /// <summary>The store takes as many uploads at once as it can; this one may come again shortly.</summary>
    Busy,
}
