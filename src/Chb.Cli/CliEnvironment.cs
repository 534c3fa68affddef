namespace Chb.Cli;

/// <summary>What one run of <c>chb</c> talks to: its output streams, environment variables and, for tests, the hub's transport.</summary>
internal sealed class CliEnvironment
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    /// <summary>Gets the environment variable lookup (<c>CHB_HUB</c>, <c>CHB_TOKEN</c>).</summary>
    public Func<string, string?> GetVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Gets a transport to use instead of real sockets, such as an in-process test server's handler.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    /// <summary>Gets whether output goes to a person at a terminal (progress bars); null detects it.</summary>
    public bool? Interactive { get; init; }

    /// <summary>Gets the width tables are laid out for; null detects it.</summary>
    public int? Width { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Gets whether Ctrl+C and SIGTERM cancel the running command (the real console only).</summary>
    public bool HandlesSignals { get; init; }

    public static CliEnvironment FromConsole() => new() { Out = Console.Out, Error = Console.Error, HandlesSignals = true };
}
