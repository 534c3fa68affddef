using System.CommandLine;
using Chb.Cli.Lro;
using Chb.Contracts.V1;

namespace Chb.Cli.Commands;

/// <summary><c>chb nominal show HUB_ID --purpose CODE:WHY</c>: one person, what is known of them, and the options against them.</summary>
internal static class NominalShowCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("HUB_ID") { Description = "The person's hub id (see chb nominal search)" };
        var read = new ReadOptionSet();
        var command = new Command("show", "Show a person, their roles and intelligence, the options against them, the 4P balance and what has been tried") { id };
        read.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            var request = new GetNominalOptionsRequest { Options = read.Read(parse, session.Environment), NominalHubId = parse.GetValue(id)!.Trim() };
            using var hub = session.Connect();
            var result = LroMapper.Options(await hub.CallAsync(options => hub.Disruption.GetNominalOptionsAsync(request, options), ct));
            if (session.Output.Json)
            {
                session.Output.WriteJson(result, CliJson.Output.OptionsResult);
                return ExitCodes.Ok;
            }

            var subjects = new Dictionary<string, string>(StringComparer.Ordinal);
            if (result.Nominal is { } nominal)
            {
                NominalPrinter.Print(session.Output, nominal);
                subjects[nominal.HubId] = nominal.DisplayName;
            }

            PlanPrinter.Print(session.Output, result, subjects);
            return ExitCodes.Ok;
        });
        return command;
    }
}
