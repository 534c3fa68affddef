using System.CommandLine;
using System.Globalization;
using Chb.Cli.GainCoordination;
using Chb.Cli.Lro;
using Chb.Contracts.V1;

namespace Chb.Cli.Commands;

/// <summary>
/// <c>chb holdings (--nominal HUB_ID | --location HUB_ID | --ocg OCG_REF) --purpose CODE:WHY</c>: which agencies hold
/// what kind of record on a subject, by opaque holding reference, never content (role gain).
/// </summary>
internal static class HoldingsCommand
{
    public static Command Create(CliContext context)
    {
        (string Kind, Option<string?> Option, Action<SubjectRef, string> Set)[] subjects =
        [
            ("nominal", new("--nominal") { Description = "A person's hub id (see chb nominal search)", HelpName = "HUB_ID" }, (s, id) => s.NominalHubId = id),
            ("location", new("--location") { Description = "A place's hub id", HelpName = "HUB_ID" }, (s, id) => s.LocationHubId = id),
            ("ocg", new("--ocg") { Description = "An OCG's reference, such as OCG-WYP-0042", HelpName = "OCG_REF" }, (s, id) => s.OcgReference = id),
        ];
        var read = new ReadOptionSet();
        var command = new Command(
            "holdings",
            "Who holds what on whom (role gain): which agencies hold what kind of record on a person, place or OCG, the month of the latest entry, "
            + "whom to contact and the holding reference to quote; never the records' content");
        foreach (var subject in subjects)
        {
            command.Options.Add(subject.Option);
        }

        read.AddTo(command);
        command.Validators.Add(r =>
        {
            if (subjects.Count(s => !string.IsNullOrWhiteSpace(r.GetValue(s.Option))) != 1)
            {
                r.AddError("name one subject: --nominal HUB_ID, --location HUB_ID or --ocg OCG_REF");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            var (kind, option, set) = subjects.First(s => !string.IsNullOrWhiteSpace(parse.GetValue(s.Option)));
            var id = parse.GetValue(option)!.Trim();
            var request = new GetHoldingsRequest { Options = read.Read(parse, session.Environment), Subject = new SubjectRef() };
            set(request.Subject, id);
            using var hub = session.Connect();
            var result = GainMapper.Holdings(kind, id, await hub.CallAsync(options => hub.Gain.GetHoldingsAsync(request, options), ct));
            if (session.Output.Json)
            {
                session.Output.WriteJson(result, CliJson.Output.HoldingsResult);
                return ExitCodes.Ok;
            }

            Print(session.Output, result);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(CliOutput output, HoldingsResult result)
    {
        var subject = $"{(result.SubjectKind == "ocg" ? "OCG" : result.SubjectKind)} {result.SubjectId}";
        if (result.Holdings.Count == 0)
        {
            output.Line(string.Create(CultureInfo.InvariantCulture, $"No agency holds records on {subject} (as of change sequence {result.AsOfSequence})."));
            return;
        }

        var agencies = result.Holdings.Select(h => h.Agency).Distinct(StringComparer.Ordinal).Count();
        var by = agencies == 1 ? "1 agency" : string.Create(CultureInfo.InvariantCulture, $"{agencies} agencies");
        output.Line(string.Create(CultureInfo.InvariantCulture, $"Held on {subject} by {by}, as of change sequence {result.AsOfSequence}:"));
        var table = CliOutput.Table("agency", "record kind", "latest entry", "holding reference", "contact");
        foreach (var h in result.Holdings)
        {
            CliOutput.AddRow(table, h.Agency, h.RecordKind, h.LatestMonth, h.HoldingReference, h.AgencyContact);
        }

        output.Write(table);
        output.Line("For more than the fact of a holding, ask the agency's contact quoting its holding reference.");
    }
}
