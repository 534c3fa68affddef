namespace Chb.Hub.Audit;

/// <summary>
/// One thing to record: who did what, why, to which subjects, and what was disclosed or withheld.
/// Subjects are ids and sequence ranges, never the data itself: the log is sensitive too.
/// </summary>
internal sealed record AuditEvent(
    string Actor,
    string ActorRole,
    string ActorAgency,
    string Action,
    IReadOnlyList<string> Subjects)
{
    public string? Purpose { get; init; }

    public IReadOnlyList<string> Disclosed { get; init; } = [];

    public IReadOnlyList<string> Withheld { get; init; } = [];
}

/// <summary>An entry as stored: the event, where it sits in the chain, and its hashes.</summary>
internal sealed record AuditEntry(long Position, DateTimeOffset At, AuditEvent Event, string PreviousHash, string EntryHash);

/// <summary>Actions the log records, following the DPA 2018 s.62 categories.</summary>
internal static class AuditActions
{
    public const string Collection = "collection";
    public const string Alteration = "alteration";
    public const string Consultation = "consultation";
    public const string Disclosure = "disclosure";
    public const string Combination = "combination";
    public const string Erasure = "erasure";
}
