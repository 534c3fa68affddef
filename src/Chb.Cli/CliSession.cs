using System.CommandLine;

namespace Chb.Cli;

/// <summary>One invocation: its output, the hub it talks to and the token it presents.</summary>
internal sealed class CliSession
{
    private readonly string? _token;

    public CliSession(CliEnvironment env, GlobalOptions globals, ParseResult parse)
    {
        Environment = env;
        Output = new CliOutput(env, parse.GetValue(globals.Json));
        HubText = HubSettings.HubText(parse.GetValue(globals.Hub), env);
        _token = HubSettings.Token(parse.GetValue(globals.Token), env);
    }

    public CliEnvironment Environment { get; }

    public CliOutput Output { get; }

    public string HubText { get; }

    public HubConnection Connect() => new(HubSettings.HubUri(HubText), _token, Environment);
}
