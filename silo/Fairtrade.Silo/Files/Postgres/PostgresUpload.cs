using Npgsql;

namespace Fairtrade.Silo.Files.Postgres;

/// <summary>
/// An upload committed to PostgreSQL and still held by this silo: its connection holds the upload's advisory lock, so
/// no other silo's recovery takes it for a leftover until it is committed or discarded (or this silo dies).
/// </summary>
internal sealed class PostgresUpload : ReceivedFile
{
    internal PostgresUpload(Guid id, NpgsqlConnection connection, UploadDigest digest)
        : base(digest)
    {
        Id = id;
        Connection = connection;
    }

    public Guid Id { get; }

    public NpgsqlConnection Connection { get; }

    /// <summary>Set once the upload is committed or discarded: its connection is gone back to the pool.</summary>
    public bool Settled { get; set; }
}
