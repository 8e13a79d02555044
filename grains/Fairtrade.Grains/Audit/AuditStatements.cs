using Fairtrade.Grains.Storage;

namespace Fairtrade.Grains.Audit;

/// <summary>The SQL of the audit log. There is deliberately no DELETE; the one UPDATE is an erasure's.</summary>
internal static class AuditStatements
{
    public static string CreateSchema(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => """
            CREATE TABLE IF NOT EXISTS audit_log (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                town TEXT NOT NULL,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                subject TEXT NOT NULL,
                changes TEXT NOT NULL
            );
            CREATE INDEX IF NOT EXISTS audit_log_town ON audit_log (town, seq);
            """,
        SqlDialect.Postgres => """
            CREATE TABLE IF NOT EXISTS audit_log (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id text NOT NULL UNIQUE,
                town text NOT NULL,
                at timestamptz NOT NULL,
                actor text NOT NULL,
                action text NOT NULL,
                subject text NOT NULL,
                changes text NOT NULL
            );
            CREATE INDEX IF NOT EXISTS audit_log_town ON audit_log (town, seq);
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };

    // An entry handed over again after a crash is already there: nothing changes.
    public const string Append = """
        INSERT INTO audit_log (id, town, at, actor, action, subject, changes)
        VALUES (@id, @town, @at, @actor, @action, @subject, @changes)
        ON CONFLICT (id) DO NOTHING;
        """;

    public const string ReadSubject = "SELECT id, changes FROM audit_log WHERE town = @town AND subject = @subject ORDER BY seq;";

    public const string Rewrite = "UPDATE audit_log SET changes = @changes WHERE id = @id;";

    public const string Read = "SELECT id, at, actor, action, subject, changes FROM audit_log WHERE town = @town AND at >= @since ORDER BY seq;";
}
