namespace Chb.Cli.Push;

/// <summary>What a finished push answered, as printed and as written by <c>--json</c>.</summary>
internal sealed record PushReceipt(
    string File,
    string Adapter,
    string Agency,
    string PushId,
    long Rows,
    long Accepted,
    long Duplicates,
    long Rejected,
    long Bytes,
    ulong LastSequence,
    double Seconds,
    IReadOnlyList<RejectedRow> Rejections);

/// <summary>One rejected row: where, which field, why, and the quarantine entry that keeps it.</summary>
internal sealed record RejectedRow(long Row, string Field, string Reason, string Code, string QuarantineId, IReadOnlyList<RowProblem> OtherProblems);

/// <summary>A further problem found in the same row.</summary>
internal sealed record RowProblem(string Field, string Reason);
