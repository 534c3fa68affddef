namespace Chb.Hub.Data;

/// <summary>A validated record ready to store, with its derived keys.</summary>
internal sealed record PendingRecord(
    long Row,
    string PartnerReference,
    string IdempotencyKey,
    string PayloadHash,
    string Kind,
    string Body);

/// <summary>One new row of <c>source_records</c>, as every provider's insert path writes it.</summary>
internal sealed record SourceRecordRow(
    long Sequence,
    string Agency,
    string PartnerReference,
    string IdempotencyKey,
    string PayloadHash,
    string Kind,
    string? AdapterId,
    string? PushId,
    string Body,
    DateTimeOffset ReceivedAt);

/// <summary>What the store did with one pending record.</summary>
internal readonly record struct AppendOutcome(long Row, string PartnerReference, string IdempotencyKey, long Sequence, AppendStatus Status);

internal enum AppendStatus
{
    Stored,
    Duplicate,
    Conflict,
}
