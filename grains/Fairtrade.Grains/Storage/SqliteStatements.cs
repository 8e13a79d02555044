namespace Fairtrade.Grains.Storage;

/// <summary>The SQL of the SQLite grain storage, in one place.</summary>
internal static class SqliteStatements
{
    public const string JournalMode = "PRAGMA journal_mode;";

    public const string CreateSchema = """
        CREATE TABLE IF NOT EXISTS grain_state (
            grain_id TEXT NOT NULL,
            state_name TEXT NOT NULL,
            version INTEGER NOT NULL,
            schema_version INTEGER NOT NULL,
            payload TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (grain_id, state_name)
        ) WITHOUT ROWID;
        """;

    public const string Ping = "SELECT 1 FROM grain_state LIMIT 1;";

    public const string Read = "SELECT version, schema_version, payload FROM grain_state WHERE grain_id = $grain AND state_name = $state;";

    public const string ReadVersion = "SELECT version FROM grain_state WHERE grain_id = $grain AND state_name = $state;";

    // A first write that finds a row lost a race: nothing is inserted, no row comes back, the caller sees a conflict.
    public const string Insert = """
        INSERT INTO grain_state (grain_id, state_name, version, schema_version, payload, updated_at)
        VALUES ($grain, $state, 1, $schema, $payload, $now)
        ON CONFLICT (grain_id, state_name) DO NOTHING
        RETURNING version;
        """;

    public const string Update = """
        UPDATE grain_state SET version = version + 1, schema_version = $schema, payload = $payload, updated_at = $now
        WHERE grain_id = $grain AND state_name = $state AND version = $expected
        RETURNING version;
        """;

    public const string Delete = "DELETE FROM grain_state WHERE grain_id = $grain AND state_name = $state AND version = $expected;";
}
