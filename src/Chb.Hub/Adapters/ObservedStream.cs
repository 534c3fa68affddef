namespace Chb.Hub.Adapters;

/// <summary>
/// Wraps the input an adapter reads, so the host can tell a plugin that is waiting for the pusher's next
/// chunk (fine) from one that has stopped working (a hang).
/// </summary>
internal sealed class ObservedStream(Stream inner) : Stream
{
    private long _bytesRead;
    private int _waiting;

    public long BytesRead => Interlocked.Read(ref _bytesRead);

    public bool IsWaitingForData => Volatile.Read(ref _waiting) > 0;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            var n = inner.Read(buffer);
            Interlocked.Add(ref _bytesRead, n);
            return n;
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            var n = await inner.ReadAsync(buffer, cancellationToken);
            Interlocked.Add(ref _bytesRead, n);
            return n;
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
