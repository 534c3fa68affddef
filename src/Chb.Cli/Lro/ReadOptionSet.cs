using System.CommandLine;
using Chb.Contracts.V1;

namespace Chb.Cli.Lro;

/// <summary>The options every Disruption read takes: its purpose, and the change sequence it must reflect.</summary>
internal sealed class ReadOptionSet
{
    public Option<string?> Purpose { get; } = Purposes.CreateOption();

    public Option<ulong> MinSequence { get; } = new("--min-sequence")
    {
        Description = "Answer only once the hub's options reflect this change sequence (a push receipt's last sequence)",
        HelpName = "N",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Purpose);
        command.Options.Add(MinSequence);
    }

    public ReadOptions Read(ParseResult parse, CliEnvironment env) => new()
    {
        Purpose = Purposes.Resolve(parse.GetValue(Purpose), env),
        MinSequence = parse.GetValue(MinSequence),
    };
}
