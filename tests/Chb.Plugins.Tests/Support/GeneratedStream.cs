using System.Text;

namespace Chb.Plugins.Tests.Support;

/// <summary>
/// A forward-only stream that produces UTF-8 text from a sequence of lines on demand, so a test can
/// feed an adapter hundreds of megabytes without holding them in memory or on disk.
/// </summary>
internal sealed class GeneratedStream(IEnumerable<string> lines) : Stream
{
    private readonly IEnumerator<string> _lines = lines.GetEnumerator();
    private byte[] _current = [];
    private int _offset;

    public long BytesProduced { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesProduced;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_offset == _current.Length)
        {
            if (!_lines.MoveNext())
            {
                return 0;
            }

            _current = Encoding.UTF8.GetBytes(_lines.Current);
            _offset = 0;
        }

        var n = Math.Min(count, _current.Length - _offset);
        Array.Copy(_current, _offset, buffer, offset, n);
        _offset += n;
        BytesProduced += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lines.Dispose();
        }

        base.Dispose(disposing);
    }
}
