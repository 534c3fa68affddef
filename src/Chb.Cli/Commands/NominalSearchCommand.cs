using System.CommandLine;
using System.Globalization;
using Chb.Cli.Lro;
using Chb.Contracts.V1;

namespace Chb.Cli.Commands;

/// <summary><c>chb nominal search [--name N] [--dob yyyy-MM-dd] [--identifier ID] --purpose CODE:WHY</c>: people in the caller's OCG pictures.</summary>
internal static class NominalSearchCommand
{
    private const int MaxPage = 100;

    public static Command Create(CliContext context)
    {
        var name = new Option<string?>("--name") { Description = "Any of the person's names, such as \"Imran Khan\" or Khan", HelpName = "NAME" };
        var dob = new Option<string?>("--dob") { Description = "Date of birth as yyyy-MM-dd", HelpName = "DATE" };
        dob.Validators.Add(r =>
        {
            if (!DateOnly.TryParseExact(r.GetValueOrDefault<string?>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                r.AddError($"--dob must be a date as yyyy-MM-dd; got '{r.GetValueOrDefault<string?>()}'");
            }
        });
        var identifier = new Option<string?>("--identifier") { Description = "A PNC ID, CRO number or hub id", HelpName = "ID" };
        var limit = new Option<int>("--limit") { Description = "Show at most this many people", HelpName = "N", DefaultValueFactory = _ => 100 };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--limit must be 1 or more");
            }
        });
        var read = new ReadOptionSet();
        var command = new Command("search", "Find people in your OCGs' pictures by name, date of birth or identifier") { name, dob, identifier, limit };
        read.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            var (nameText, dobText, idText) = (Trim(parse.GetValue(name)), Trim(parse.GetValue(dob)), Trim(parse.GetValue(identifier)));
            if (nameText.Length == 0 && dobText.Length == 0 && idText.Length == 0)
            {
                throw new CliUsageException("give --name, --dob or --identifier to search for");
            }

            var options = read.Read(parse, session.Environment);
            using var hub = session.Connect();
            var request = new SearchNominalsRequest { Options = options, Name = nameText, DateOfBirth = dobText, Identifier = idText };
            var result = await SearchAsync(hub, request, parse.GetValue(limit), ct);
            if (session.Output.Json)
            {
                session.Output.WriteJson(result, CliJson.Output.SearchResult);
                return ExitCodes.Ok;
            }

            if (result.Nominals.Count == 0)
            {
                session.Output.Line("Nobody in your OCGs' pictures matches.");
                return ExitCodes.Ok;
            }

            NominalPrinter.Summaries(session.Output, result.Nominals);
            if (result.NextPageToken is not null)
            {
                session.Output.Line("There are more: narrow the search, or raise --limit.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<SearchResult> SearchAsync(HubConnection hub, SearchNominalsRequest request, int limit, CancellationToken ct)
    {
        var found = new List<NominalView>();
        var token = string.Empty;
        do
        {
            request.Page = new PageRequest { PageSize = Math.Min(MaxPage, limit - found.Count), PageToken = token };
            var page = await hub.CallAsync(options => hub.Disruption.SearchNominalsAsync(request, options), ct);
            found.AddRange(page.Nominals.Select(LroMapper.Nominal));
            token = page.Nominals.Count == 0 ? string.Empty : page.Page?.NextPageToken ?? string.Empty;
        }
        while (token.Length > 0 && found.Count < limit);

        return new SearchResult(found, token.Length > 0 ? token : null);
    }

    private static string Trim(string? value) => value?.Trim() ?? string.Empty;
}
