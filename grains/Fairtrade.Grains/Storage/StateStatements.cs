namespace Fairtrade.Grains.Storage;

/// <summary>The SQL of the grain state table; only the table's definition differs between dialects.</summary>
internal static class StateStatements
{
    public static string CreateSchema(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => """
            CREATE TABLE IF NOT EXISTS grain_state (
                grain_id TEXT NOT NULL,
                state_name TEXT NOT NULL,
                version INTEGER NOT NULL,
                schema_version INTEGER NOT NULL,
                payload TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (grain_id, state_name)
            ) WITHOUT ROWID;
            """,
        // The payload is text, not jsonb: it is read back byte for byte as it was written, on either dialect.
        SqlDialect.Postgres => """
            CREATE TABLE IF NOT EXISTS grain_state (
                grain_id text NOT NULL,
                state_name text NOT NULL,
                version bigint NOT NULL,
                schema_version integer NOT NULL,
                payload text NOT NULL,
                updated_at timestamptz NOT NULL,
                PRIMARY KEY (grain_id, state_name)
            );
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };

    public const string ReadEveryPayload = "SELECT payload FROM grain_state;";

    public const string Read = "SELECT version, schema_version, payload FROM grain_state WHERE grain_id = @grain AND state_name = @state;";

    public const string ReadVersion = "SELECT version FROM grain_state WHERE grain_id = @grain AND state_name = @state;";

    // A first write that finds a row lost a race: nothing is inserted, no row comes back, the caller sees a conflict.
    public const string Insert = """
        INSERT INTO grain_state (grain_id, state_name, version, schema_version, payload, updated_at)
        VALUES (@grain, @state, 1, @schema, @payload, @now)
        ON CONFLICT (grain_id, state_name) DO NOTHING
        RETURNING version;
        """;

    public const string Update = """
        UPDATE grain_state SET version = version + 1, schema_version = @schema, payload = @payload, updated_at = @now
        WHERE grain_id = @grain AND state_name = @state AND version = @expected
        RETURNING version;
        """;

    // A set's records are the rows named "{set}/{key}"; substr compares bytes alike in both dialects, whatever the
    // database's collation makes of the slash (a LIKE or a range would depend on it).
    public const string ReadSet = """
        SELECT version, schema_version, payload FROM grain_state
        WHERE grain_id = @grain AND substr(state_name, 1, @prefixLength) = @prefix;
        """;

    public const string Upsert = """
        INSERT INTO grain_state (grain_id, state_name, version, schema_version, payload, updated_at)
        VALUES (@grain, @state, 1, @schema, @payload, @now)
        ON CONFLICT (grain_id, state_name) DO UPDATE SET version = grain_state.version + 1,
            schema_version = excluded.schema_version, payload = excluded.payload, updated_at = excluded.updated_at;
        """;

    public const string Delete = "DELETE FROM grain_state WHERE grain_id = @grain AND state_name = @state AND version = @expected;";
}
