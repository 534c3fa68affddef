using System.CommandLine;
using System.Globalization;
using Chb.Contracts.V1;

namespace Chb.Cli.Commands;

/// <summary><c>chb retract REF... --reason TEXT [--agency CODE]</c>: withdraws records the token's agency pushed earlier.</summary>
internal static class RetractCommand
{
    public static Command Create(CliContext context)
    {
        var references = new Argument<string[]>("REF") { Description = "Partner references of the records to withdraw", Arity = ArgumentArity.OneOrMore };
        var agency = new Option<string?>("--agency")
        {
            Description = "The agency that pushed the records; the hub takes it from the token, so this may only repeat that [default: the token's]",
            HelpName = "CODE",
        };
        var reason = new Option<string>("--reason") { Description = "Why the records are withdrawn (kept with the retraction)", HelpName = "TEXT", Required = true };
        var command = new Command("retract", "Withdraw records your agency pushed earlier; exits 4 when a reference was not found") { references, agency, reason };
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            using var hub = session.Connect();
            var request = new RetractRequest { Agency = parse.GetValue(agency)?.Trim() ?? string.Empty, Reason = parse.GetValue(reason)! };
            request.PartnerReferences.AddRange(parse.GetValue(references)!);
            var response = await hub.CallAsync((_, ingest, options) => ingest.RetractAsync(request, options), ct);
            var result = new RetractResult([.. response.Results.Select(r => new RetractRow(r.PartnerReference, Outcome(r.Outcome), r.Sequence))]);
            if (session.Output.Json)
            {
                session.Output.WriteJson(result, CliJson.Output.RetractResult);
            }
            else
            {
                var table = CliOutput.Table("reference", "outcome", "sequence");
                foreach (var r in result.Results)
                {
                    CliOutput.AddRow(table, r.PartnerReference, r.Outcome, r.Sequence.ToString(CultureInfo.InvariantCulture));
                }

                session.Output.Write(table);
            }

            return result.Results.Any(r => r.Outcome == NotFound) ? ExitCodes.NotFoundOrDenied : ExitCodes.Ok;
        });
        return command;
    }

    private const string NotFound = "not-found";

    private static string Outcome(RetractOutcome outcome) => outcome switch
    {
        RetractOutcome.Retracted => "retracted",
        RetractOutcome.AlreadyRetracted => "already-retracted",
        RetractOutcome.NotFound => NotFound,
        _ => "unknown",
    };
}

internal sealed record RetractResult(IReadOnlyList<RetractRow> Results);

internal sealed record RetractRow(string PartnerReference, string Outcome, ulong Sequence);
