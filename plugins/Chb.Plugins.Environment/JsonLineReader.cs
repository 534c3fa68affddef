using System.Text;

namespace Chb.Plugins.Environment;

/// <summary>One physical line: its 1-based number and text, or null text when it was too long to keep.</summary>
internal sealed record JsonLine(long Number, string? Text);

/// <summary>
/// Reads UTF-8 lines (LF or CRLF) with a cap on their length, so that a file without line breaks
/// cannot make the adapter hold it all in memory, as <see cref="StreamReader.ReadLineAsync()"/> would.
/// </summary>
internal sealed class JsonLineReader(Stream input) : IDisposable
{
    public const int MaxLineChars = 1024 * 1024;

    private readonly StreamReader _reader = new(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _line = new();
    private int _start;
    private int _end;
    private long _lineNumber;

    public async ValueTask<JsonLine?> ReadAsync(CancellationToken cancellationToken)
    {
        _line.Clear();
        var tooLong = false;
        var started = false;
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = await _reader.ReadAsync(_buffer.AsMemory(), cancellationToken);
                if (_end == 0)
                {
                    return started ? Finish(tooLong) : null;
                }
            }

            started = true;
            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf('\n');
            var chunk = newline < 0 ? available : available[..newline];
            _start += newline < 0 ? chunk.Length : newline + 1;
            if (newline >= 0 && chunk.EndsWith('\r'))
            {
                chunk = chunk[..^1];
            }

            tooLong |= _line.Length + chunk.Length > MaxLineChars;
            if (!tooLong)
            {
                _line.Append(chunk);
            }

            if (newline >= 0)
            {
                return Finish(tooLong);
            }
        }
    }

    public void Dispose() => _reader.Dispose();

    private JsonLine Finish(bool tooLong)
    {
        _lineNumber++;
        if (tooLong)
        {
            _line.Clear();
            return new JsonLine(_lineNumber, null);
        }

        if (_line.Length > 0 && _line[^1] == '\r')
        {
            _line.Length--;
        }

        return new JsonLine(_lineNumber, _line.ToString());
    }
}
