using System.CommandLine;
using Chb.Cli.GainCoordination;
using Chb.Cli.Lro;
using Chb.Contracts.V1;

namespace Chb.Cli.Commands;

/// <summary><c>chb ocg view OCG_REF --purpose CODE:WHY</c>: any OCG in counts, small counts suppressed (role gain).</summary>
internal static class OcgViewCommand
{
    public static Command Create(CliContext context)
    {
        var reference = new Argument<string>("OCG_REF") { Description = "The OCG's reference, such as OCG-WYP-0042" };
        var read = new ReadOptionSet();
        var command = new Command(
            "view",
            "Show an OCG in counts (role gain): members, places, live options by owning agency, CHB phase and 4P strand, interventions, MoRiLE score")
        {
            reference,
        };
        read.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            var request = new GetOcgViewRequest { Options = read.Read(parse, session.Environment), OcgReference = parse.GetValue(reference)!.Trim() };
            using var hub = session.Connect();
            var view = GainMapper.View(await hub.CallAsync(options => hub.Gain.GetOcgViewAsync(request, options), ct));
            return AggregatePrinter.Show(session.Output, view);
        });
        return command;
    }
}
