using System.CommandLine;
using System.Globalization;
using Chb.Cli.Auditing;
using Chb.Contracts.V1;

namespace Chb.Cli.Commands;

/// <summary>
/// <c>chb audit verify [--checkpoint FILE]</c>: has the hub recompute the audit chain, optionally against a checkpoint saved
/// earlier; exits 0 when intact and <see cref="ExitCodes.AuditNotIntact"/> when not.
/// </summary>
internal static class AuditVerifyCommand
{
    public static Command Create(CliContext context)
    {
        var checkpoint = new Option<FileInfo>("--checkpoint")
        {
            Description = "A checkpoint saved earlier by chb audit checkpoint, to catch a rewrite of the whole chain",
            HelpName = "FILE",
        };
        checkpoint.AcceptExistingOnly();
        var command = new Command("verify", $"Verify the audit log's hash chain; exits {ExitCodes.AuditNotIntact} and names the first bad entry when it is not intact")
        {
            checkpoint,
        };
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            var file = parse.GetValue(checkpoint)?.FullName;
            var request = new VerifyRequest();
            if (file is not null)
            {
                request.Against = CheckpointFiles.ToContract(await CheckpointFiles.ReadAsync(file, ct));
            }

            using var hub = session.Connect();
            var response = await hub.CallAsync(options => hub.Audit.VerifyAsync(request, options), ct);
            var result = new VerifyResult(response.Intact, response.EntriesChecked, response.Intact ? null : response.FirstBadPosition, response.Detail, file);
            if (session.Output.Json)
            {
                session.Output.WriteJson(result, CliJson.Output.VerifyResult);
            }
            else
            {
                session.Output.Line(Describe(result, request.Against));
            }

            return result.Intact ? ExitCodes.Ok : ExitCodes.AuditNotIntact;
        });
        return command;
    }

    private static string Describe(VerifyResult result, Checkpoint? against)
    {
        var checkpoint = against is null
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $", against the checkpoint at position {against.Position} in {result.Checkpoint}");
        return result.Intact
            ? string.Create(CultureInfo.InvariantCulture, $"The audit log is intact: {result.EntriesChecked} entries checked{checkpoint}.")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"The audit log is NOT intact: first bad position {result.FirstBadPosition}: {result.Detail} ({result.EntriesChecked} entries checked before it{checkpoint}).");
    }
}
