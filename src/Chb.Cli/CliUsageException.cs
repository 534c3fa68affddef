namespace Chb.Cli;

/// <summary>A command line that parsed but cannot be acted on, such as a malformed hub URL; exits with <see cref="ExitCodes.Usage"/>.</summary>
internal sealed class CliUsageException : Exception
{
    public CliUsageException()
    {
    }

    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
