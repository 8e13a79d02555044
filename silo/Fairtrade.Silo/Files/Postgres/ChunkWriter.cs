using System.Buffers;
using Npgsql;
using NpgsqlTypes;

namespace Fairtrade.Silo.Files.Postgres;

/// <summary>Cuts an upload into chunks of <see cref="PostgresFileStore.ChunkSize"/> bytes and inserts each as it fills up.</summary>
internal sealed class ChunkWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid blob) : IDisposable
{
    private readonly byte[] _chunk = ArrayPool<byte>.Shared.Rent(PostgresFileStore.ChunkSize);
    private int _filled;
    private int _seq;

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        while (!data.IsEmpty)
        {
            var part = Math.Min(data.Length, PostgresFileStore.ChunkSize - _filled);
            data[..part].CopyTo(_chunk.AsMemory(_filled));
            _filled += part;
            data = data[part..];
            if (_filled == PostgresFileStore.ChunkSize)
            {
                await FlushAsync(cancellationToken);
            }
        }
    }

    /// <summary>Inserts what is buffered as the next chunk.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_filled == 0)
        {
            return;
        }

        await using var insert = new NpgsqlCommand(FileStatements.InsertChunk, connection, transaction)
        {
            Parameters =
            {
                new("blob", blob),
                new("seq", _seq),
                new NpgsqlParameter<ReadOnlyMemory<byte>>("data", NpgsqlDbType.Bytea) { TypedValue = _chunk.AsMemory(0, _filled) },
            },
        };
        await insert.ExecuteNonQueryAsync(cancellationToken);
        _seq++;
        _filled = 0;
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_chunk);
}
