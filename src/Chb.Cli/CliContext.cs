using System.CommandLine;

namespace Chb.Cli;

/// <summary>What command definitions share: the environment and the global options.</summary>
internal sealed class CliContext(CliEnvironment env, GlobalOptions globals)
{
    public CliEnvironment Environment => env;

    public GlobalOptions Globals => globals;

    public CliSession Session(ParseResult parse) => new(env, globals, parse);
}
