using Chb.Adapters;
using RejectionCode = Chb.Contracts.V1.RejectionCode;

namespace Chb.Hub.Ingest;

/// <summary>One row on its way to the store: a record to check and keep, or a rejection already decided.</summary>
internal sealed record IngestRow(long Row, CanonicalRecord? Record, string? ClientKey, IReadOnlyList<FieldProblem>? Problems)
{
    public RejectionCode Code { get; init; } = RejectionCode.Invalid;

    public static IngestRow FromAdapter(AdapterRow? row, long fallbackRow)
    {
        if (row is null)
        {
            return new IngestRow(fallbackRow, null, null, [new FieldProblem("row", "the adapter returned no result for this row")]);
        }

        if (row.Rejection is { } rejection)
        {
            var problems = new List<FieldProblem> { new(rejection.Field, rejection.Reason) };
            problems.AddRange((rejection.Others ?? []).Select(o => new FieldProblem(o.Field, o.Reason)));
            return new IngestRow(row.RowNumber, null, null, problems);
        }

        return new IngestRow(row.RowNumber, row.Record, null, null);
    }
}

/// <summary>Who is pushing what.</summary>
internal sealed record PushContext(string Agency, string? AdapterId, string PushId, string? FileName, string Actor);
