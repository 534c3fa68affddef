namespace Chb.Cli.Push;

/// <summary>Hears how a push is going: bytes sent and rows answered. Called from the sending and the reading task at once.</summary>
internal interface IPushProgress
{
    /// <summary>A new attempt starts (after a connect retry): counts go back to zero.</summary>
    void Restart(long totalBytes);

    void Sent(int bytes);

    void Answered(int rows);
}

/// <summary>No progress display: JSON output, or output that is not a terminal.</summary>
internal sealed class NoPushProgress : IPushProgress
{
    public static readonly NoPushProgress Instance = new();

    public void Restart(long totalBytes)
    {
    }

    public void Sent(int bytes)
    {
    }

    public void Answered(int rows)
    {
    }
}
