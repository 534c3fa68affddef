using System.CommandLine;
using System.Globalization;
using Chb.Cli.Lro;
using Chb.Contracts.V1;

namespace Chb.Cli.Commands;

/// <summary>
/// <c>chb watch [--ocg REF]... [--after SEQ | --from-now] [--until-caught-up] --purpose CODE:WHY</c>: new, changed and closed options
/// in the caller's OCGs, one line each (JSON Lines with <c>--json</c>), until Ctrl+C; when it stops it says where to resume.
/// </summary>
internal static class WatchCommand
{
    public static Command Create(CliContext context)
    {
        var ocgs = new Option<string[]>("--ocg") { Description = "Only this OCG of yours (repeat for more) [default: all assigned to you]", HelpName = "REF" };
        var after = new Option<ulong>("--after")
        {
            Description = "Resume after this sequence, the last one an earlier watch printed [default: 0, the whole history you may see]",
            HelpName = "SEQ",
        };
        var fromNow = new Option<bool>("--from-now") { Description = "Skip the history: only changes from now on" };
        var untilCaughtUp = new Option<bool>("--until-caught-up") { Description = "Stop, exiting 0, once the history is sent (for scripts)" };
        var read = new ReadOptionSet();
        var command = new Command("watch", "Stream new, changed and closed options in your OCGs, one per line, until Ctrl+C") { ocgs, after, fromNow, untilCaughtUp };
        read.AddTo(command);
        command.Validators.Add(r =>
        {
            if (r.GetValue(fromNow) && r.GetResult(after) is { Implicit: false })
            {
                r.AddError("--after and --from-now cannot be used together");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            var request = new WatchRequest { Options = read.Read(parse, session.Environment), AfterSequence = parse.GetValue(after), FromNow = parse.GetValue(fromNow) };
            request.OcgReferences.AddRange((parse.GetValue(ocgs) ?? []).Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()));
            using var hub = session.Connect();
            ulong? last = request.FromNow ? null : request.AfterSequence;
            try
            {
                using var call = hub.Disruption.Watch(request, hub.Options(ct));
                while (await call.ResponseStream.MoveNext(ct))
                {
                    var e = call.ResponseStream.Current;
                    last = Math.Max(last ?? 0, e.Sequence);
                    Print(session.Output, e, parse.GetValue(untilCaughtUp));
                    if (e.Kind == WatchEventKind.CaughtUp && parse.GetValue(untilCaughtUp))
                    {
                        return ExitCodes.Ok;
                    }
                }
            }
            catch (Exception ex) when (ex is not (CliExitException or CliUsageException))
            {
                // Whatever ended the stream, say where to pick it up again.
                var (code, message) = ErrorReporter.Describe(ex, session.HubText, session.Token, session.Environment.Time.GetUtcNow());
                throw new CliExitException(code, $"{message}; {Resume(last)}", ex);
            }

            throw new CliExitException(ExitCodes.Failed, $"the hub ended the watch; {Resume(last)}");
        });
        return command;
    }

    /// <summary>Where to pick the watch up again: after the last sequence seen, or from now when a --from-now watch saw none.</summary>
    private static string Resume(ulong? last) => last is { } after
        ? string.Create(CultureInfo.InvariantCulture, $"stopped after sequence {after}: resume with chb watch --after {after}")
        : "stopped before any event: resume with chb watch --from-now";

    private static void Print(CliOutput output, WatchEvent e, bool untilCaughtUp)
    {
        if (output.Json)
        {
            output.WriteJsonLine(LroMapper.Watch(e), CliJson.Lines.WatchLine);
            return;
        }

        if (e.Kind == WatchEventKind.CaughtUp)
        {
            output.Raw(untilCaughtUp
                ? string.Create(CultureInfo.InvariantCulture, $"caught up at sequence {e.Sequence}")
                : string.Create(CultureInfo.InvariantCulture, $"caught up at sequence {e.Sequence}; watching for changes (Ctrl+C to stop)"));
            return;
        }

        var o = LroMapper.Watch(e).Opportunity;
        output.Raw(o is null
            ? string.Create(CultureInfo.InvariantCulture, $"{e.Sequence,6}  {EnumText.Kebab(e.Kind)}")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{e.Sequence,6}  {EnumText.Kebab(e.Kind),-7}  {o.OpportunityId}  {o.TacticId} {o.TacticName}  {o.SubjectKind} {o.SubjectHubId}  {o.Status}"));
    }
}
