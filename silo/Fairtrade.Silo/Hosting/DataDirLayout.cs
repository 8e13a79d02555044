namespace Fairtrade.Silo.Hosting;

/// <summary>The names of what the embedded default keeps under <c>Fairtrade:DataDir</c>, for the silo and its backup alike.</summary>
public static class DataDirLayout
{
    /// <summary>Grain state and the audit trail (SQLite; its <c>-wal</c> and <c>-shm</c> files beside it).</summary>
    public const string Database = "fairtrade.db";

    /// <summary>Evidence files, by SHA-256, and the uploads still arriving (<see cref="Incoming"/>).</summary>
    public const string Files = "files";

    /// <summary>Under <see cref="Files"/>: uploads not yet in the store, each with the intent that says whose it is.</summary>
    public const string Incoming = "incoming";

    /// <summary>The keys that protect session cookies and forms.</summary>
    public const string Keys = "keys";

    /// <summary>The SHA-256 of a generated admin token.</summary>
    public const string AdminTokenHash = "admin-token.sha256";

    /// <summary>The generated secrets of the first start, in plain text, for the person who started it to read and delete.</summary>
    public const string FirstStartSecrets = "first-start-secrets.txt";
}
