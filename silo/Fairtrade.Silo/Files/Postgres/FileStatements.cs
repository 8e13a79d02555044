namespace Fairtrade.Silo.Files.Postgres;

/// <summary>The SQL of evidence files in PostgreSQL.</summary>
internal static class FileStatements
{
    /// <summary>
    /// Content is cut into chunks of one blob. An upload's chunks and its row are committed together once it is
    /// complete; a stored content names the blob that holds it. Chunks are stored uncompressed: photos and PDFs are
    /// compressed already.
    /// </summary>
    public const string CreateSchema = """
        CREATE TABLE IF NOT EXISTS file_chunk (
            blob uuid NOT NULL,
            seq integer NOT NULL,
            data bytea NOT NULL,
            PRIMARY KEY (blob, seq)
        );
        ALTER TABLE file_chunk ALTER COLUMN data SET STORAGE EXTERNAL;
        CREATE TABLE IF NOT EXISTS file_upload (
            id uuid PRIMARY KEY,
            sha256 text NOT NULL,
            length bigint NOT NULL,
            received_at timestamptz NOT NULL,
            intent text
        );
        CREATE TABLE IF NOT EXISTS file_content (
            sha256 text PRIMARY KEY,
            blob uuid NOT NULL,
            length bigint NOT NULL,
            chunk_size integer NOT NULL,
            stored_at timestamptz NOT NULL
        );
        """;

    /// <summary>Held by the silo handling an upload from its first byte to its end; a dead silo's lock goes with its connection.</summary>
    public const string TryLock = "SELECT pg_try_advisory_lock(@key);";

    public const string Unlock = "SELECT pg_advisory_unlock(@key);";

    public const string InsertChunk = "INSERT INTO file_chunk (blob, seq, data) VALUES (@blob, @seq, @data);";

    public const string InsertUpload = "INSERT INTO file_upload (id, sha256, length, received_at) VALUES (@id, @sha256, @length, @now);";

    public const string SetIntent = "UPDATE file_upload SET intent = @intent WHERE id = @id;";

    /// <summary>Every upload, and whether it was received longer ago than <c>@grace</c> seconds.</summary>
    public const string ListUploads = "SELECT id, received_at < now() - make_interval(secs => @grace) FROM file_upload;";

    public const string ReadUpload = "SELECT sha256, length, intent FROM file_upload WHERE id = @id;";

    // Content stored already (by an earlier or a concurrent upload) keeps its blob, and this upload's chunks then go;
    // it is stored anew all the same, so the sweep of unused files leaves it alone for another grace period.
    // Answers whether the row was inserted.
    public const string StoreContent = """
        INSERT INTO file_content (sha256, blob, length, chunk_size, stored_at)
        VALUES (@sha256, @id, @length, @chunkSize, @now)
        ON CONFLICT (sha256) DO UPDATE SET stored_at = EXCLUDED.stored_at
        RETURNING xmax = 0;
        """;

    public const string ListStoredBefore = "SELECT sha256 FROM file_content WHERE stored_at < @before;";

    /// <summary>The content, if it was stored before <c>@before</c> and no upload of the same bytes is under way; answers its blob.</summary>
    public const string DeleteUnclaimedContent = """
        DELETE FROM file_content c
        WHERE c.sha256 = @sha256 AND c.stored_at < @before
          AND NOT EXISTS (SELECT 1 FROM file_upload u WHERE u.sha256 = c.sha256)
        RETURNING blob;
        """;

    public const string DeleteChunks = "DELETE FROM file_chunk WHERE blob = @id;";

    public const string DeleteBlob = "DELETE FROM file_chunk WHERE blob = @blob;";

    public const string DeleteUpload = "DELETE FROM file_upload WHERE id = @id;";

    public const string FindContent = "SELECT blob, length, chunk_size FROM file_content WHERE sha256 = @sha256;";

    public const string ReadChunk = "SELECT data FROM file_chunk WHERE blob = @blob AND seq = @seq;";
}
