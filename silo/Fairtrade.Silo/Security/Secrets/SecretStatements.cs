namespace Fairtrade.Silo.Security.Secrets;

/// <summary>The SQL of what protects access to a cluster, in PostgreSQL: the admin token's hash and the cookie keys.</summary>
internal static class SecretStatements
{
    public const string CreateSchema = """
        CREATE TABLE IF NOT EXISTS silo_secret (
            name text PRIMARY KEY,
            value text NOT NULL,
            created_at timestamptz NOT NULL
        );
        CREATE TABLE IF NOT EXISTS data_protection_key (
            name text PRIMARY KEY,
            xml text NOT NULL,
            created_at timestamptz NOT NULL
        );
        """;

    public const string ReadSecret = "SELECT value FROM silo_secret WHERE name = @name;";

    // The first silo to start stores its value; the others find it there.
    public const string CreateSecret = """
        INSERT INTO silo_secret (name, value, created_at) VALUES (@name, @value, @now)
        ON CONFLICT (name) DO NOTHING;
        """;

    public const string ReadKeys = "SELECT xml FROM data_protection_key ORDER BY created_at, name;";

    public const string StoreKey = """
        INSERT INTO data_protection_key (name, xml, created_at) VALUES (@name, @xml, @now)
        ON CONFLICT (name) DO UPDATE SET xml = excluded.xml;
        """;

    /// <summary>Held while a silo looks for the key ring and makes its first key, so silos starting together make one.</summary>
    public const string LockKeyRing = "SELECT pg_advisory_lock(@key);";

    public const string UnlockKeyRing = "SELECT pg_advisory_unlock(@key);";
}
