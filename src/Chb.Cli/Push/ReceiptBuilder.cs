using Chb.Contracts.V1;

namespace Chb.Cli.Push;

/// <summary>Collects row results as they stream in and makes the receipt once the summary arrives.</summary>
internal sealed class ReceiptBuilder(PushJob job)
{
    private static readonly Google.Protobuf.Reflection.EnumDescriptor Codes =
        IngestReflection.Descriptor.EnumTypes.First(e => e.Name == nameof(RejectionCode));

    private readonly List<RejectedRow> _rejections = [];

    public void Add(IEnumerable<RowResult> rows)
    {
        foreach (var row in rows)
        {
            if (row.OutcomeCase != RowResult.OutcomeOneofCase.Rejection)
            {
                continue;
            }

            var rejection = row.Rejection;
            _rejections.Add(new RejectedRow(
                row.Row,
                rejection.Field,
                rejection.Reason,
                CodeName(rejection.Code),
                rejection.QuarantineId,
                [.. rejection.OtherProblems.Select(p => new RowProblem(p.Field, p.Reason))]));
        }
    }

    public PushReceipt Build(PushSummary summary, TimeSpan elapsed) => new(
        job.FileName,
        job.Adapter,
        job.ReceiptAgency,
        summary.PushId,
        summary.Rows,
        summary.Accepted,
        summary.Duplicates,
        summary.Rejected,
        summary.Bytes,
        summary.LastSequence,
        Math.Round(elapsed.TotalSeconds, 3),
        [.. _rejections.OrderBy(r => r.Row)]);

    /// <summary>The contract's own name for the code, such as REJECTION_CODE_INVALID.</summary>
    private static string CodeName(RejectionCode code)
        => Codes.FindValueByNumber((int)code)?.Name ?? code.ToString();

}
