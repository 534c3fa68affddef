using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chb.Cli.Auditing;
using Chb.Contracts.V1;

namespace Chb.Cli.Commands;

/// <summary><c>chb audit checkpoint [--out FILE]</c>: a signed checkpoint of the audit chain's head, to keep outside the hub.</summary>
internal static class AuditCheckpointCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<FileInfo?>("--out") { Description = "Write the checkpoint to this file [default: print it]", HelpName = "FILE" };
        var command = new Command("checkpoint", "Export a signed checkpoint of the audit chain's head as JSON, for chb audit verify --checkpoint later") { output };
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            using var hub = session.Connect();
            var checkpoint = CheckpointFiles.From(await hub.CallAsync(options => hub.Audit.ExportCheckpointAsync(new ExportCheckpointRequest(), options), ct));
            var file = parse.GetValue(output)?.FullName;
            if (file is not null)
            {
                await CheckpointFiles.WriteAsync(file, checkpoint, ct);
            }

            if (session.Output.Json || file is null)
            {
                session.Output.Raw(JsonSerializer.Serialize(checkpoint, CliJson.Output.CheckpointFile));
            }
            else
            {
                session.Output.Line(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Checkpoint of the audit log at position {checkpoint.Position} (head {checkpoint.HeadHash}) written to {file}; "
                    + $"check it later with chb audit verify --checkpoint {file}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
