using System.Text.Json;
using Chb.Contracts.V1;
using QuarantineEntry = Chb.Hub.Data.QuarantineEntry;
using Chb.Hub.Data;

namespace Chb.Hub.Ingest;

/// <summary>Builds the wire results and quarantine entries for committed rows.</summary>
internal static class IngestResults
{
    public static RowResult Ack(AppendOutcome outcome) => new()
    {
        Row = outcome.Row,
        Ack = new RowAck
        {
            Sequence = (ulong)outcome.Sequence,
            IdempotencyKey = outcome.IdempotencyKey,
            Duplicate = outcome.Status == AppendStatus.Duplicate,
            PartnerReference = outcome.PartnerReference,
        },
    };

    public static RowResult Rejection(long row, IReadOnlyList<FieldProblem> problems, RejectionCode code, string quarantineId)
    {
        var rejection = new Contracts.V1.RowRejection
        {
            Field = problems[0].Field,
            Reason = problems[0].Reason,
            Code = code,
            QuarantineId = quarantineId,
        };
        rejection.OtherProblems.AddRange(problems.Skip(1).Select(p => new Contracts.V1.FieldProblem { Field = p.Field, Reason = p.Reason }));
        return new RowResult { Row = row, Rejection = rejection };
    }

    public static QuarantineEntry Quarantine(PushContext push, long row, IReadOnlyList<FieldProblem> problems, RejectionCode code, DateTimeOffset at)
        => new(
            Guid.CreateVersion7(at).ToString("N"),
            push.Agency,
            push.AdapterId,
            push.PushId,
            push.FileName,
            row,
            problems[0].Field,
            problems[0].Reason,
            code.ToString(),
            problems.Count > 1 ? JsonSerializer.Serialize(problems.Skip(1).Select(p => new[] { p.Field, p.Reason }).ToArray(), QuarantineJson.Default.StringArrayArray) : null,
            at);
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string[][]))]
internal sealed partial class QuarantineJson : System.Text.Json.Serialization.JsonSerializerContext;
