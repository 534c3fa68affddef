using System.CommandLine;
using System.Globalization;
using Chb.Contracts.V1;

namespace Chb.Cli.Commands;

/// <summary><c>chb status [--min-sequence N]</c>: the store's provider, last change sequence and counts.</summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var minSequence = new Option<ulong>("--min-sequence")
        {
            Description = "Answer only once the hub shows this change sequence (a push receipt's last sequence)",
            HelpName = "N",
        };
        var command = new Command("status", "Show the hub's store: provider, last change sequence, records and quarantined rows") { minSequence };
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            using var hub = session.Connect();
            var request = new GetStoreStatusRequest { MinSequence = parse.GetValue(minSequence) };
            var status = await hub.CallAsync((admin, _, options) => admin.GetStoreStatusAsync(request, options), ct);
            var result = new StatusResult(session.HubText, status.Provider, status.LastSequence, status.SourceRecords, status.Quarantined, status.SchemaVersion);
            if (session.Output.Json)
            {
                session.Output.WriteJson(result, CliJson.Output.StatusResult);
                return ExitCodes.Ok;
            }

            var table = CliOutput.Table("hub", "provider", "last sequence", "records", "quarantined");
            CliOutput.AddRow(table, result.Hub, result.Provider, Text(result.LastSequence), Text(result.SourceRecords), Text(result.Quarantined));
            session.Output.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Text<T>(T value)
        where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);
}

internal sealed record StatusResult(string Hub, string Provider, ulong LastSequence, long SourceRecords, long Quarantined, int SchemaVersion);
