using System.CommandLine;
using System.Globalization;
using Chb.Cli.Lro;
using Chb.Contracts.V1;

namespace Chb.Cli.Commands;

/// <summary>
/// <c>chb ocg show OCG_REF --purpose CODE:WHY</c>: an OCG assigned to the caller, its members and places, and its plan;
/// <c>chb ocg view</c> is a GAIN coordinator's view of one in counts.
/// </summary>
internal static class OcgCommand
{
    public static Command Create(CliContext context)
    {
        var ocg = new Command("ocg", "Organised crime groups: in full if assigned to you (show, role lro), or in counts (view, role gain)");
        ocg.Subcommands.Add(Show(context));
        ocg.Subcommands.Add(OcgViewCommand.Create(context));
        return ocg;
    }

    private static Command Show(CliContext context)
    {
        var reference = new Argument<string>("OCG_REF") { Description = "The OCG's reference, such as OCG-WYP-0042" };
        var read = new ReadOptionSet();
        var command = new Command("show", "Show an OCG's members, places, options by CHB phase and 4P strand, its 4P balance and what has been tried") { reference };
        read.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            var request = new GetOcgOptionsRequest { Options = read.Read(parse, session.Environment), OcgReference = parse.GetValue(reference)!.Trim() };
            using var hub = session.Connect();
            var result = LroMapper.Ocg(await hub.CallAsync(options => hub.Disruption.GetOcgOptionsAsync(request, options), ct));
            if (session.Output.Json)
            {
                session.Output.WriteJson(result, CliJson.Output.OcgResult);
                return ExitCodes.Ok;
            }

            Print(session.Output, result);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(CliOutput output, OcgResult ocg)
    {
        output.Line(string.Create(CultureInfo.InvariantCulture, $"{ocg.OcgReference} {ocg.OcgName} (MoRiLE {ocg.MorileScore}), as of change sequence {ocg.AsOfSequence}"));
        var subjects = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ocg.Members.Count == 0)
        {
            output.Line("Members: none known yet.");
        }
        else
        {
            output.Line("Members:");
            NominalPrinter.Summaries(output, ocg.Members);
        }

        if (ocg.Locations.Count == 0)
        {
            output.Line("Places: none known yet.");
        }
        else
        {
            output.Line("Places:");
            LocationPrinter.Summaries(output, ocg.Locations);
        }

        foreach (var member in ocg.Members)
        {
            subjects[member.HubId] = member.DisplayName;
        }

        foreach (var place in ocg.Locations)
        {
            subjects[place.HubId] = LocationPrinter.Name(place);
        }

        PlanPrinter.Print(output, ocg, subjects);
    }
}
