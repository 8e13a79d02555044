namespace Fairtrade.Silo.Files;

/// <summary>Why an upload was refused.</summary>
public enum ReceiveError
{
    Empty,
    TooLarge,
    UnknownType,
}
