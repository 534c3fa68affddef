namespace Chb.Hub.Linking;

/// <summary>A mention as record_subjects holds it. Settable properties, so Dapper converts column types on every engine.</summary>
internal sealed class StoredMention
{
    public string MentionId { get; init; } = string.Empty;

    public string SubjectKind { get; init; } = string.Empty;

    public string Agency { get; init; } = string.Empty;

    public string PartnerReference { get; init; } = string.Empty;

    public long ItemIndex { get; init; }

    public long RecordSequence { get; init; }

    public long FirstSequence { get; init; }

    public string Role { get; init; } = string.Empty;

    public string? SubjectHubId { get; init; }

    public string Features { get; init; } = string.Empty;
}
