using System.CommandLine;
using Chb.Contracts.V1;
using Google.Protobuf.WellKnownTypes;

namespace Chb.Cli;

/// <summary><c>--from TIME</c> and <c>--to TIME</c>: a period either end of which may be left open.</summary>
internal sealed class PeriodOptionSet(string fromDescription, string toDescription)
{
    public Option<DateTimeOffset?> From { get; } = IsoTimes.CreateOption("--from", fromDescription);

    public Option<DateTimeOffset?> To { get; } = IsoTimes.CreateOption("--to", toDescription);

    public void AddTo(Command command)
    {
        command.Options.Add(From);
        command.Options.Add(To);
    }

    public Period Read(ParseResult parse) => new()
    {
        From = parse.GetValue(From) is { } from ? Timestamp.FromDateTimeOffset(from) : null,
        To = parse.GetValue(To) is { } to ? Timestamp.FromDateTimeOffset(to) : null,
    };
}
