using System.CommandLine;
using System.Globalization;
using Chb.Cli.Auditing;
using Chb.Cli.Lro;
using Chb.Contracts.V1;

namespace Chb.Cli.Commands;

/// <summary>
/// <c>chb audit query [--actor A] [--subject S] [--from TIME] [--to TIME] [--page-size N] [--limit N] --purpose CODE:WHY</c>:
/// audit log entries, page by page; the query is itself logged with its purpose.
/// </summary>
internal static class AuditQueryCommand
{
    private const int MaxPage = 1000;
    private const int MaxShown = 5;

    public static Command Create(CliContext context)
    {
        var actor = new Option<string?>("--actor") { Description = "Only entries by this actor (a token's subject, such as lro.wyp)", HelpName = "ACTOR" };
        var subject = new Option<string?>("--subject") { Description = "Only entries that touched this subject, such as nominal:HUB_ID or opportunity:ID", HelpName = "SUBJECT" };
        var period = new PeriodOptionSet("Only entries at or after this time", "Only entries before this time");
        var pageSize = new Option<int>("--page-size") { Description = "Entries per call to the hub (1 to 1000)", HelpName = "N", DefaultValueFactory = _ => 100 };
        pageSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > MaxPage)
            {
                r.AddError($"--page-size must be between 1 and {MaxPage}");
            }
        });
        var limit = new Option<int>("--limit") { Description = "Show at most this many entries", HelpName = "N", DefaultValueFactory = _ => 100 };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--limit must be 1 or more");
            }
        });
        var pageToken = new Option<string?>("--page-token") { Description = "Continue after an earlier query (its next page token)", HelpName = "TOKEN" };
        var purpose = Purposes.CreateOption();
        var command = new Command("query", "List audit log entries: who consulted, altered or was given what, when and why")
        {
            actor, subject, period.From, period.To, pageSize, limit, pageToken, purpose,
        };
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            var request = new AuditQueryRequest
            {
                Purpose = Purposes.Resolve(parse.GetValue(purpose), session.Environment),
                Actor = parse.GetValue(actor)?.Trim() ?? string.Empty,
                Subject = parse.GetValue(subject)?.Trim() ?? string.Empty,
                Period = period.Read(parse),
            };
            using var hub = session.Connect();
            var result = await FetchAsync(hub, request, parse.GetValue(pageSize), parse.GetValue(limit), parse.GetValue(pageToken) ?? string.Empty, ct);
            if (session.Output.Json)
            {
                session.Output.WriteJson(result, CliJson.Output.AuditQueryResult);
                return ExitCodes.Ok;
            }

            Print(session.Output, result);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<AuditQueryResult> FetchAsync(HubConnection hub, AuditQueryRequest request, int pageSize, int limit, string token, CancellationToken ct)
    {
        var entries = new List<AuditRow>();
        do
        {
            request.Page = new PageRequest { PageSize = Math.Min(pageSize, limit - entries.Count), PageToken = token };
            var page = await hub.CallAsync(options => hub.Audit.QueryAsync(request, options), ct);
            entries.AddRange(page.Entries.Select(e => new AuditRow(
                e.Position, e.At?.ToDateTimeOffset(), e.Actor, e.ActorRole, e.ActorAgency, e.Action, e.Purpose,
                [.. e.Subjects], [.. e.Disclosed], [.. e.Withheld], e.EntryHash, e.PreviousHash)));
            token = page.Entries.Count == 0 ? string.Empty : page.Page?.NextPageToken ?? string.Empty;
        }
        while (token.Length > 0 && entries.Count < limit);

        return new AuditQueryResult(entries, token.Length > 0 ? token : null);
    }

    /// <summary>One per line, the first few only: a watch or an ingest batch can touch hundreds (--json lists every one).</summary>
    private static string Lines(IReadOnlyList<string> values)
        => values.Count <= MaxShown
            ? string.Join('\n', values)
            : string.Join('\n', values.Take(MaxShown).Append(string.Create(CultureInfo.InvariantCulture, $"... and {values.Count - MaxShown} more")));

    private static void Print(CliOutput output, AuditQueryResult result)
    {
        if (result.Entries.Count == 0)
        {
            output.Line("No audit entries match.");
            return;
        }

        var table = CliOutput.Table("position", "time (UTC)", "actor", "role", "agency", "action", "purpose", "subjects", "withheld");
        foreach (var e in result.Entries)
        {
            CliOutput.AddRow(
                table,
                e.Position.ToString(CultureInfo.InvariantCulture),
                e.At?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? string.Empty,
                e.Actor,
                e.ActorRole,
                e.ActorAgency,
                e.Action,
                e.Purpose,
                Lines(e.Subjects),
                Lines(e.Withheld));
        }

        output.Write(table);
        if (result.NextPageToken is { } next)
        {
            output.Line($"There may be more: chb audit query --page-token {next} (with the same filters)");
        }
    }
}
