using System.CommandLine;
using Chb.Contracts.V1;

namespace Chb.Cli.Commands;

/// <summary><c>chb adapters</c>: the adapters the hub has loaded, their health, and plugins it refused.</summary>
internal static class AdaptersCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("adapters", "List the adapters the hub has loaded, and any plugins it refused");
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            using var hub = session.Connect();
            var response = await hub.CallAsync((admin, _, options) => admin.ListAdaptersAsync(new ListAdaptersRequest(), options), ct);
            var result = new AdaptersResult(
                [.. response.Adapters.Select(a => new AdapterRow(a.Id, a.DisplayName, a.Version, [.. a.AgencyKinds], Health(a.Health), a.Detail))],
                [.. response.Refused.Select(r => new RefusedRow(r.Path, r.Reason))]);
            if (session.Output.Json)
            {
                session.Output.WriteJson(result, CliJson.Output.AdaptersResult);
                return ExitCodes.Ok;
            }

            var table = CliOutput.Table("id", "name", "version", "agency kinds", "health", "detail");
            foreach (var a in result.Adapters)
            {
                CliOutput.AddRow(table, a.Id, a.DisplayName, a.Version, string.Join(", ", a.AgencyKinds), a.Health, a.Detail);
            }

            session.Output.Write(table);
            if (result.Refused.Count > 0)
            {
                var refused = CliOutput.Table("refused plugin", "reason");
                foreach (var r in result.Refused)
                {
                    CliOutput.AddRow(refused, r.Path, r.Reason);
                }

                session.Output.Write(refused);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Health(AdapterHealth health) => health switch
    {
        AdapterHealth.Healthy => "healthy",
        AdapterHealth.Tripped => "tripped",
        _ => "unknown",
    };
}

internal sealed record AdaptersResult(IReadOnlyList<AdapterRow> Adapters, IReadOnlyList<RefusedRow> Refused);

internal sealed record AdapterRow(string Id, string DisplayName, string Version, IReadOnlyList<string> AgencyKinds, string Health, string Detail);

internal sealed record RefusedRow(string Path, string Reason);
