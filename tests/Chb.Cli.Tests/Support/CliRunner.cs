namespace Chb.Cli.Tests.Support;

/// <summary>What one run of <c>chb</c> did: its exit code and everything it wrote.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}";
}

/// <summary>Runs the CLI's real entry point in-process with captured output, as a terminal-less caller would.</summary>
public static class CliRunner
{
    public static async Task<CliRun> RunAsync(
        HttpMessageHandler? handler, string[] args, IReadOnlyDictionary<string, string>? variables = null, bool interactive = false)
    {
        using var output = new StringWriter();
        return await RunAsync(handler, args, variables, output, CancellationToken.None, interactive);
    }

    /// <summary>Runs with stdout going to <paramref name="output"/> (to watch it as it is written) until done or cancelled, as by Ctrl+C.</summary>
    public static async Task<CliRun> RunAsync(
        HttpMessageHandler? handler,
        string[] args,
        IReadOnlyDictionary<string, string>? variables,
        TextWriter output,
        CancellationToken cancellationToken,
        bool interactive = false)
    {
        using var error = new StringWriter();
        var env = new CliEnvironment
        {
            Out = output,
            Error = error,
            HttpHandler = handler,
            Interactive = interactive,
            Width = 250,
            GetVariable = name => variables?.GetValueOrDefault(name),
        };
        var code = await CliApp.RunAsync(args, env, cancellationToken);
        return new CliRun(code, output.ToString() ?? string.Empty, error.ToString());
    }
}
