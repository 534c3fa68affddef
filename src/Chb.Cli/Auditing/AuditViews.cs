namespace Chb.Cli.Auditing;

/// <summary>A signed statement of the audit chain's head, as <c>chb audit checkpoint</c> writes it and <c>chb audit verify --checkpoint</c> reads it.</summary>
internal sealed record CheckpointFile(ulong Position, string HeadHash, DateTimeOffset At, string Signature);

/// <summary><c>chb audit verify</c>: whether the chain is intact, how far it was checked, and the first bad position when not.</summary>
internal sealed record VerifyResult(bool Intact, ulong EntriesChecked, ulong? FirstBadPosition, string Detail, string? Checkpoint);

/// <summary>One audit log entry: ids and field names only, never content.</summary>
internal sealed record AuditRow(
    ulong Position,
    DateTimeOffset? At,
    string Actor,
    string ActorRole,
    string ActorAgency,
    string Action,
    string Purpose,
    IReadOnlyList<string> Subjects,
    IReadOnlyList<string> Disclosed,
    IReadOnlyList<string> Withheld,
    string EntryHash,
    string PreviousHash);

/// <summary><c>chb audit query</c>: the entries found, and where to continue when there are more.</summary>
internal sealed record AuditQueryResult(IReadOnlyList<AuditRow> Entries, string? NextPageToken);
