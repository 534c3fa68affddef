using System.CommandLine;
using Chb.Cli.Lro;
using Chb.Contracts.V1;

namespace Chb.Cli.Commands;

/// <summary><c>chb location show (HUB_ID | --uprn UPRN) --purpose CODE:WHY</c>: one place and the options for it.</summary>
internal static class LocationCommand
{
    public static Command Create(CliContext context)
    {
        var location = new Command("location", "Places as the hub linked them across agencies (role lro; your OCGs only)");
        location.Subcommands.Add(Show(context));
        return location;
    }

    private static Command Show(CliContext context)
    {
        var id = new Argument<string?>("HUB_ID") { Description = "The place's hub id", Arity = ArgumentArity.ZeroOrOne };
        var uprn = new Option<string?>("--uprn") { Description = "The place's UPRN, instead of its hub id", HelpName = "UPRN" };
        var read = new ReadOptionSet();
        var command = new Command("show", "Show a place, the options for it, the 4P balance and what has been tried") { id, uprn };
        read.AddTo(command);
        command.Validators.Add(r =>
        {
            var (hasId, hasUprn) = (!string.IsNullOrWhiteSpace(r.GetValue(id)), !string.IsNullOrWhiteSpace(r.GetValue(uprn)));
            if (hasId == hasUprn)
            {
                r.AddError("name the place by HUB_ID or by --uprn, not both");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            var request = new GetLocationOptionsRequest
            {
                Options = read.Read(parse, session.Environment),
                LocationHubId = parse.GetValue(id)?.Trim() ?? string.Empty,
                Uprn = parse.GetValue(uprn)?.Trim() ?? string.Empty,
            };
            using var hub = session.Connect();
            var result = LroMapper.Options(await hub.CallAsync(options => hub.Disruption.GetLocationOptionsAsync(request, options), ct));
            if (session.Output.Json)
            {
                session.Output.WriteJson(result, CliJson.Output.OptionsResult);
                return ExitCodes.Ok;
            }

            var subjects = new Dictionary<string, string>(StringComparer.Ordinal);
            if (result.Location is { } place)
            {
                LocationPrinter.Print(session.Output, place);
                subjects[place.HubId] = LocationPrinter.Name(place);
            }

            PlanPrinter.Print(session.Output, result, subjects);
            return ExitCodes.Ok;
        });
        return command;
    }
}
