using System.CommandLine;
using System.Globalization;
using Chb.Contracts.V1;

namespace Chb.Cli.Commands;

/// <summary><c>chb quarantine [--agency CODE] [--limit N]</c>: rejected rows the hub keeps, fetched page by page.</summary>
internal static class QuarantineCommand
{
    private const int MaxPage = 1000;

    public static Command Create(CliContext context)
    {
        var agency = new Option<string?>("--agency") { Description = "Only this agency's rejected rows (for an admin; a partner token always sees its own agency's only)", HelpName = "CODE" };
        var limit = new Option<int>("--limit") { Description = "Show at most this many entries", HelpName = "N", DefaultValueFactory = _ => 100 };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--limit must be 1 or more");
            }
        });
        var pageToken = new Option<string?>("--page-token") { Description = "Continue after an earlier listing (its next page token)", HelpName = "TOKEN" };
        var command = new Command("quarantine", "List rejected rows kept in the quarantine: where they were and why") { agency, limit, pageToken };
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            using var hub = session.Connect();
            var result = await FetchAsync(hub, parse.GetValue(agency) ?? string.Empty, parse.GetValue(limit), parse.GetValue(pageToken) ?? string.Empty, ct);
            if (session.Output.Json)
            {
                session.Output.WriteJson(result, CliJson.Output.QuarantineResult);
                return ExitCodes.Ok;
            }

            Print(session.Output, result);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<QuarantineResult> FetchAsync(HubConnection hub, string agency, int limit, string token, CancellationToken ct)
    {
        var entries = new List<QuarantineRow>();
        do
        {
            var request = new ListQuarantineRequest { Agency = agency, Page = new PageRequest { PageSize = Math.Min(MaxPage, limit - entries.Count), PageToken = token } };
            var page = await hub.CallAsync((admin, _, options) => admin.ListQuarantineAsync(request, options), ct);
            entries.AddRange(page.Entries.Select(e => new QuarantineRow(
                e.QuarantineId, e.Agency, e.AdapterId, e.PushId, e.Row, e.Field, e.Reason, e.ReceivedAt?.ToDateTimeOffset())));
            token = page.Page?.NextPageToken ?? string.Empty;
            if (page.Entries.Count == 0)
            {
                token = string.Empty;
            }
        }
        while (token.Length > 0 && entries.Count < limit);

        return new QuarantineResult(entries, token.Length > 0 ? token : null);
    }

    private static void Print(CliOutput output, QuarantineResult result)
    {
        if (result.Entries.Count == 0)
        {
            output.Line("The quarantine is empty.");
            return;
        }

        var table = CliOutput.Table("received (UTC)", "agency", "adapter", "row", "field", "reason", "id");
        foreach (var e in result.Entries)
        {
            CliOutput.AddRow(
                table,
                e.ReceivedAt?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? string.Empty,
                e.Agency,
                e.AdapterId,
                e.Row.ToString(CultureInfo.InvariantCulture),
                e.Field,
                e.Reason,
                e.QuarantineId);
        }

        output.Write(table);
        if (result.NextPageToken is { } next)
        {
            output.Line($"There may be more: chb quarantine --page-token {next}");
        }
    }
}

internal sealed record QuarantineResult(IReadOnlyList<QuarantineRow> Entries, string? NextPageToken);

internal sealed record QuarantineRow(
    string QuarantineId, string Agency, string AdapterId, string PushId, long Row, string Field, string Reason, DateTimeOffset? ReceivedAt);
