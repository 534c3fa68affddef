using System.Globalization;
using Spectre.Console;

namespace Chb.Cli.Push;

/// <summary>Two live bars: bytes sent of the file's size, and rows the hub has answered so far.</summary>
internal sealed class SpectrePushProgress(ProgressContext context, string fileName) : IPushProgress
{
    private readonly ProgressTask _bytes = context.AddTask($"Sending {fileName}");
    private readonly ProgressTask _rows = context.AddTask("Rows answered: 0").IsIndeterminate();
    private long _sent;
    private long _total;
    private long _answered;

    public void Restart(long totalBytes)
    {
        _total = Math.Max(1, totalBytes);
        Interlocked.Exchange(ref _sent, 0);
        Interlocked.Exchange(ref _answered, 0);
        _bytes.MaxValue = _total;
        _bytes.Value = 0;
    }

    public void Sent(int bytes)
    {
        var sent = Interlocked.Add(ref _sent, bytes);
        _bytes.Value = sent;
        _bytes.Description = string.Create(CultureInfo.InvariantCulture, $"Sending {fileName} ({Size(sent)} of {Size(_total)})");
    }

    public void Answered(int rows)
    {
        var answered = Interlocked.Add(ref _answered, rows);
        _rows.Description = string.Create(CultureInfo.InvariantCulture, $"Rows answered: {answered}");
    }

    /// <summary>Fills the rows bar once the summary is in.</summary>
    public void Finish()
    {
        _bytes.Value = _bytes.MaxValue;
        _rows.IsIndeterminate = false;
        _rows.MaxValue = Math.Max(1, Interlocked.Read(ref _answered));
        _rows.Value = _rows.MaxValue;
    }

    private static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MiB");
}
