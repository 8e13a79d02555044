namespace Fairtrade.Silo.Tests.Files;

/// <summary>An upload that stops sending at <c>stallAt</c> until the test lets it go on: a phone in a tunnel.</summary>
public sealed class StalledStream(byte[] content, int stallAt) : Stream
{
    private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _resume = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _position;

    /// <summary>Completes when the reader has taken everything up to the stall.</summary>
    public Task Stalled => _stalled.Task;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public void Resume() => _resume.TrySetResult();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Uploads are read asynchronously.");

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position == stallAt)
        {
            _stalled.TrySetResult();
            await _resume.Task.WaitAsync(cancellationToken);
        }

        var end = _position < stallAt ? stallAt : content.Length;
        var count = Math.Min(buffer.Length, end - _position);
        content.AsMemory(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
