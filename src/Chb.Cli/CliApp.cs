using System.CommandLine;
using System.CommandLine.Parsing;

namespace Chb.Cli;

/// <summary>Parses, runs one command and turns every failure into one line on stderr and an exit code.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment env, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(env);
        var globals = new GlobalOptions();
        var root = CliCommands.Create(new CliContext(env, globals));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
        {
            var errors = string.Join("; ", parse.Errors.Select(e => e.Message.TrimEnd('.')));
            await env.Error.WriteLineAsync($"chb: {ErrorReporter.OneLine(errors)} (see '{CommandPath(parse.CommandResult)} --help')");
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = env.Out,
            Error = env.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = env.HandlesSignals ? TimeSpan.FromSeconds(2) : null,
        };
        try
        {
            return await parse.InvokeAsync(invocation, cancellationToken);
        }
        catch (Exception ex)
        {
            var hub = HubSettings.HubText(parse.GetValue(globals.Hub), env);
            var token = HubSettings.Token(parse.GetValue(globals.Token), env);
            var (code, message) = ErrorReporter.Describe(ex, hub, token, env.Time.GetUtcNow());
            await env.Error.WriteLineAsync($"chb: {ErrorReporter.OneLine(message)}");
            return code;
        }
    }

    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (var c = command; c?.Parent is CommandResult parent; c = parent)
        {
            names.Insert(0, c.Command.Name);
        }

        return string.Join(' ', ["chb", .. names]);
    }
}
