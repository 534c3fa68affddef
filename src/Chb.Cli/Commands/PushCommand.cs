using System.CommandLine;
using Chb.Cli.Push;

namespace Chb.Cli.Commands;

/// <summary><c>chb push FILE --adapter ID [--agency CODE]</c>: streams a partner export as the token's agency and prints its receipt.</summary>
internal static class PushCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The partner export to push" };
        file.AcceptExistingOnly();
        var adapter = new Option<string>("--adapter") { Description = "The adapter that reads the file, such as housing-cases-csv/1 (see chb adapters)", HelpName = "ID", Required = true };
        var agency = new Option<string?>("--agency")
        {
            Description = "The pushing agency's code, such as BDC-HOUSING; the hub takes it from the token, so this may only repeat that [default: the token's]",
            HelpName = "CODE",
        };
        var command = new Command("push", "Push a partner export file through an adapter; rows are answered as they are committed") { file, adapter, agency };
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            var job = new PushJob(parse.GetValue(file)!.FullName, parse.GetValue(adapter)!, parse.GetValue(agency)?.Trim() ?? string.Empty)
            {
                TokenAgency = TokenClaims.TryRead(session.Token)?.Persona.Agency,
            };
            using var hub = session.Connect();
            var receipt = await PushRunner.RunAsync(session, hub, job, ct);
            if (session.Output.Json)
            {
                session.Output.WriteJson(receipt, CliJson.Output.PushReceipt);
            }
            else
            {
                ReceiptPrinter.Print(session.Output, receipt);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
