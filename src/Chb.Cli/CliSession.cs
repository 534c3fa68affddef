using System.CommandLine;

namespace Chb.Cli;

/// <summary>One invocation: its output, the hub it talks to and the token it presents.</summary>
internal sealed class CliSession
{
    public CliSession(CliEnvironment env, GlobalOptions globals, ParseResult parse)
    {
        Environment = env;
        Output = new CliOutput(env, parse.GetValue(globals.Json));
        HubText = HubSettings.HubText(parse.GetValue(globals.Hub), env);
        Token = HubSettings.Token(parse.GetValue(globals.Token), env);
        TokenFromOption = !string.IsNullOrWhiteSpace(parse.GetValue(globals.Token));
    }

    public CliEnvironment Environment { get; }

    public CliOutput Output { get; }

    public string HubText { get; }

    /// <summary>Gets the bearer token from <c>--token</c> or <c>CHB_TOKEN</c>, or null when there is none.</summary>
    public string? Token { get; }

    /// <summary>Gets whether the token came from <c>--token</c> rather than the environment.</summary>
    public bool TokenFromOption { get; }

    /// <summary>Connects with the caller's token.</summary>
    public HubConnection Connect() => Connect(Token);

    /// <summary>Connects presenting another token, such as one a command minted for itself.</summary>
    public HubConnection Connect(string? token) => new(HubSettings.HubUri(HubText), token, Environment);
}
