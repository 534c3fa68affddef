namespace Chb.Cli.Tests.Support;

/// <summary>Captured stdout that signals when a matching line is written, so a test can act mid-run (press Ctrl+C) without sleeping.</summary>
public sealed class LineSignal(Func<string, bool> match) : StringWriter
{
    private readonly TaskCompletionSource<string> _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets a task that completes with the first matching line.</summary>
    public Task<string> Seen => _seen.Task;

    public override void WriteLine(string? value)
    {
        base.WriteLine(value);
        if (value is not null && match(value))
        {
            _seen.TrySetResult(value);
        }
    }
}
