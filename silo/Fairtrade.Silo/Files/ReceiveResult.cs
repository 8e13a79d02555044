namespace Fairtrade.Silo.Files;

/// <summary>Either the received file or why it was refused (and then nothing was kept).</summary>
public sealed class ReceiveResult
{
    private ReceiveResult(ReceivedFile? file, ReceiveError? error)
    {
        File = file;
        Error = error;
    }

    public ReceivedFile? File { get; }

    public ReceiveError? Error { get; }

    internal static ReceiveResult Received(ReceivedFile file) => new(file, null);

    internal static ReceiveResult Refused(ReceiveError error) => new(null, error);
}
