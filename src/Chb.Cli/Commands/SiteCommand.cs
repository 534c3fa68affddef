using System.CommandLine;
using Chb.Cli.GainCoordination;
using Chb.Cli.Lro;
using Chb.Contracts.V1;

namespace Chb.Cli.Commands;

/// <summary><c>chb site show|baseline SITE_ID --purpose CODE:WHY</c>: a CHB site in counts, month by month (role gain).</summary>
internal static class SiteCommand
{
    public static Command Create(CliContext context)
    {
        var site = new Command("site", "CHB sites in counts, small counts suppressed (role gain)");
        site.Subcommands.Add(Show(context));
        site.Subcommands.Add(SiteBaselineCommand.Create(context));
        return site;
    }

    public static Argument<string> SiteArgument() => new("SITE_ID") { Description = "The site's id, such as BD3-DEMO (an administrator defines sites)" };

    public static PeriodOptionSet Period() => new(
        "The first month to count (any time in it) [default: the site's baseline date]", "The last month to count (any time in it) [default: now]");

    private static Command Show(CliContext context)
    {
        var id = SiteArgument();
        var read = new ReadOptionSet();
        var period = Period();
        var command = new Command(
            "show",
            "Show a site month by month: options raised by owning agency, CHB phase and 4P strand, interventions by disruption grade and 4P strand; "
            + "its places, the people named with them and their OCGs' MoRiLE scores")
        {
            id,
        };
        read.AddTo(command);
        period.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            var request = new GetSiteViewRequest { Options = read.Read(parse, session.Environment), SiteId = parse.GetValue(id)!.Trim(), Period = period.Read(parse) };
            using var hub = session.Connect();
            var view = GainMapper.View(await hub.CallAsync(options => hub.Gain.GetSiteViewAsync(request, options), ct));
            return AggregatePrinter.Show(session.Output, view);
        });
        return command;
    }
}
