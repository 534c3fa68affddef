using System.CommandLine;
using System.Globalization;
using Chb.Cli.Lro;
using Chb.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Chb.Cli.Commands;

/// <summary>
/// <c>chb outcome record OPPORTUNITY_ID --grade G --summary TEXT [--status S] [--taken-at TIME] [--request-id ID] --purpose CODE:WHY</c>:
/// records what was done about an option and the disruption it caused. The request id makes a retry record once.
/// </summary>
internal static class OutcomeCommand
{
    private static readonly DisruptionGrade[] Grades = [DisruptionGrade.Major, DisruptionGrade.Moderate, DisruptionGrade.Minor, DisruptionGrade.None];
    private static readonly OpportunityStatus[] Statuses = [OpportunityStatus.Done, OpportunityStatus.InProgress, OpportunityStatus.NotPursued, OpportunityStatus.Open];

    public static Command Create(CliContext context)
    {
        var outcome = new Command("outcome", "Record what was done about an option (role lro)");
        outcome.Subcommands.Add(Record(context));
        return outcome;
    }

    private static Command Record(CliContext context)
    {
        var id = new Argument<string>("OPPORTUNITY_ID") { Description = "The option's opportunity id (see chb nominal show or chb ocg show)" };
        var grade = new Option<DisruptionGrade>("--grade")
        {
            Description = $"The disruption it caused: {string.Join(", ", Grades.Select(EnumText.Kebab))}",
            HelpName = "GRADE",
            Required = true,
            CustomParser = r => EnumText.Parse(r, "--grade", Grades),
        };
        var summary = new Option<string>("--summary") { Description = "What was done and what came of it", HelpName = "TEXT", Required = true };
        var status = new Option<OpportunityStatus>("--status")
        {
            Description = $"What the option is now: {string.Join(", ", Statuses.Select(EnumText.Kebab))} [default: the hub's, in-progress]",
            HelpName = "STATUS",
            CustomParser = r => EnumText.Parse(r, "--status", Statuses),
        };
        var takenAt = IsoTimes.CreateOption("--taken-at", "When the action was taken [default: now]");
        var requestId = new Option<string?>("--request-id")
        {
            Description = "Reuse the id an earlier attempt printed so a retry records once [default: a new id, printed]",
            HelpName = "ID",
        };
        var read = new ReadOptionSet();
        var command = new Command("record", "Record an intervention against an option: its disruption grade, a summary and the option's new status")
        {
            id, grade, summary, status, takenAt, requestId,
        };
        read.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            var request = new RecordOutcomeRequest
            {
                Options = read.Read(parse, session.Environment),
                OpportunityId = parse.GetValue(id)!.Trim(),
                AssessedDisruption = parse.GetValue(grade),
                OutcomeSummary = parse.GetValue(summary)!.Trim(),
                NewStatus = parse.GetValue(status),
                TakenAt = Timestamp.FromDateTimeOffset(parse.GetValue(takenAt) ?? session.Environment.Time.GetUtcNow()),
                RequestId = string.IsNullOrWhiteSpace(parse.GetValue(requestId)) ? Guid.NewGuid().ToString("D") : parse.GetValue(requestId)!.Trim(),
            };
            using var hub = session.Connect();
            RecordOutcomeResponse response;
            try
            {
                response = await hub.CallAsync(options => hub.Disruption.RecordOutcomeAsync(request, options), ct);
            }
            catch (Exception ex) when (MayHaveBeenRecorded(ex))
            {
                var (code, message) = ErrorReporter.Describe(ex, session.HubText, session.Token, session.Environment.Time.GetUtcNow());
                throw new CliExitException(code, $"{message}; it may or may not be recorded: retry with --request-id {request.RequestId} to record it once", ex);
            }

            var result = new OutcomeResult(request.RequestId, response.Sequence, LroMapper.Intervention(response.Intervention));
            if (session.Output.Json)
            {
                session.Output.WriteJson(result, CliJson.Output.OutcomeResult);
                return ExitCodes.Ok;
            }

            Print(session.Output, result);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Failures after which the hub may have recorded the outcome: the request id is what makes a retry safe.</summary>
    private static bool MayHaveBeenRecorded(Exception ex) => ex switch
    {
        RpcException rpc when ConnectRetry.NeverConnected(rpc) => false,
        RpcException rpc => rpc.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Cancelled
            or StatusCode.Internal or StatusCode.Unknown or StatusCode.Aborted,
        OperationCanceledException or HttpRequestException or IOException => true,
        _ => false,
    };

    private static void Print(CliOutput output, OutcomeResult result)
    {
        var i = result.Intervention;
        output.Line($"Recorded intervention {i.InterventionId} on {i.OpportunityId} ({i.TacticId}): {i.AssessedDisruption} disruption, now {i.NewStatus}.");
        var table = CliOutput.Table("field", "value");
        CliOutput.AddRow(table, "intervention", i.InterventionId);
        CliOutput.AddRow(table, "opportunity", i.OpportunityId);
        CliOutput.AddRow(table, "tactic", i.TacticId);
        CliOutput.AddRow(table, "subject", i.SubjectHubId);
        CliOutput.AddRow(table, "taken at (UTC)", i.TakenAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? string.Empty);
        CliOutput.AddRow(table, "disruption", i.AssessedDisruption);
        CliOutput.AddRow(table, "status", i.NewStatus);
        CliOutput.AddRow(table, "recorded by", $"{i.RecordedBy} ({i.RecordedByAgency})");
        CliOutput.AddRow(table, "summary", i.OutcomeSummary);
        CliOutput.AddRow(table, "change sequence", result.Sequence.ToString(CultureInfo.InvariantCulture));
        output.Write(table);
        output.Line($"Request id {result.RequestId}: a retry with --request-id {result.RequestId} records it once.");
    }
}
