namespace Chb.Cli;

/// <summary>A failure a command detects itself and reports as one line with a specific exit code.</summary>
internal sealed class CliExitException : Exception
{
    public CliExitException()
        : this(ExitCodes.Failed, "failed")
    {
    }

    public CliExitException(string message)
        : this(ExitCodes.Failed, message)
    {
    }

    public CliExitException(string message, Exception innerException)
        : base(message, innerException) => ExitCode = ExitCodes.Failed;

    public CliExitException(int exitCode, string message, Exception? innerException = null)
        : base(message, innerException) => ExitCode = exitCode;

    public int ExitCode { get; }
}
