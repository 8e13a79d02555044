using System.Buffers;
using System.Data;
using Fairtrade.Grains.Storage;
using Npgsql;

namespace Fairtrade.Silo.Files.Postgres;

/// <summary>
/// Stored content read chunk by chunk as the reader gets to it, one chunk in memory at a time; seekable, so a
/// download can be resumed with a range.
/// </summary>
internal sealed class PostgresFileStream(PostgresDatabase database, Guid blob, long length, int chunkSize) : Stream
{
    private readonly byte[] _chunk = ArrayPool<byte>.Shared.Rent(chunkSize);
    private int _loadedSeq = -1;
    private int _loadedLength;
    private long _position;
    private bool _disposed;

    /// <summary>The stored content with this SHA-256, or null if it is not stored or the argument is no SHA-256.</summary>
    public static async Task<Stream?> OpenAsync(PostgresDatabase database, string sha256, CancellationToken cancellationToken)
    {
        if (!Sha256Hex.IsValid(sha256))
        {
            return null;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(FileStatements.FindContent).With("sha256", sha256);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new PostgresFileStream(database, reader.GetGuid(0), reader.GetInt64(1), reader.GetInt32(2))
            : null;
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (!PrepareRead(buffer.Length, out var seq))
        {
            return 0;
        }

        if (seq != _loadedSeq)
        {
            using var connection = database.Open();
            using var command = Chunk(connection, seq);
            using var reader = command.ExecuteReader(CommandBehavior.SequentialAccess);
            Load(reader, seq, reader.Read());
        }

        return CopyTo(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!PrepareRead(buffer.Length, out var seq))
        {
            return 0;
        }

        if (seq != _loadedSeq)
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var command = Chunk(connection, seq);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            Load(reader, seq, await reader.ReadAsync(cancellationToken));
        }

        return CopyTo(buffer.Span);
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        SeekOrigin.End => length + offset,
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        // Once only: a buffer given back twice would be handed to two renters.
        if (disposing && !_disposed)
        {
            _disposed = true;
            ArrayPool<byte>.Shared.Return(_chunk);
        }

        base.Dispose(disposing);
    }

    private bool PrepareRead(int wanted, out int seq)
    {
        seq = (int)(_position / chunkSize);
        return wanted > 0 && _position < length;
    }

    private NpgsqlCommand Chunk(NpgsqlConnection connection, int seq) =>
        new(FileStatements.ReadChunk, connection) { Parameters = { new("blob", blob), new("seq", seq) } };

    private void Load(NpgsqlDataReader reader, int seq, bool found)
    {
        if (!found)
        {
            throw new IOException($"Chunk {seq} of stored content {blob} is missing.");
        }

        _loadedLength = (int)reader.GetBytes(0, 0, _chunk, 0, chunkSize);
        _loadedSeq = seq;
    }

    private int CopyTo(Span<byte> buffer)
    {
        var offset = (int)(_position - ((long)_loadedSeq * chunkSize));
        var count = Math.Min(buffer.Length, _loadedLength - offset);
        _chunk.AsSpan(offset, count).CopyTo(buffer);
        _position += count;
        return count;
    }
}
